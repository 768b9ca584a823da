package org.llm4rec.explorer.ui;

import javafx.beans.property.SimpleStringProperty;
import org.llm4rec.explorer.domain.EchoedText;

/**
 * A message the window shows in a status line or an error label. Messages quote what went wrong in the words of
 * a file, a dataset's name or a server's error body: whatever is set is shown as {@link EchoedText#message}, cut
 * to a length a label can hold and with control characters written out, so that a 10 MB error line cannot stall
 * the window and an escape sequence shows as what it is.
 */
public final class MessageProperty extends SimpleStringProperty {
    public MessageProperty() {
        this("");
    }

    public MessageProperty(String initial) {
        super(initial);
    }

    @Override
    public void set(String message) {
        super.set(EchoedText.message(message));
    }
}
