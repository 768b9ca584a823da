package org.llm4rec.explorer.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.util.Subscription;

/**
 * Text that grows while a model answers: each batch is appended, and those who show it are handed only the new
 * part, so a long answer is not copied again for every batch. UI thread only.
 */
public final class StreamedText {
    private final StringBuilder text = new StringBuilder();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final List<Reader> readers = new ArrayList<>();

    public void append(String part) {
        if (part.isEmpty()) {
            return;
        }
        text.append(part);
        empty.set(false);
        List.copyOf(readers).forEach(reader -> reader.append().accept(part));
    }

    public void set(String replacement) {
        text.setLength(0);
        text.append(replacement == null ? "" : replacement);
        empty.set(text.isEmpty());
        String now = text.toString();
        List.copyOf(readers).forEach(reader -> reader.replace().accept(now));
    }

    /**
     * Hands the whole text to {@code replace} now and whenever it is replaced, and each new part to
     * {@code append}; unsubscribing stops that.
     */
    public Subscription subscribe(Consumer<String> replace, Consumer<String> append) {
        Reader reader = new Reader(replace, append);
        replace.accept(text.toString());
        readers.add(reader);
        return () -> readers.remove(reader);
    }

    private record Reader(Consumer<String> replace, Consumer<String> append) {
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
