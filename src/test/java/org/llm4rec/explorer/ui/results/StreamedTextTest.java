package org.llm4rec.explorer.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.util.Subscription;
import org.junit.jupiter.api.Test;

class StreamedTextTest {

    @Test
    void aReaderGetsTheTextSoFarThenOnlyEachNewPart() {
        StreamedText text = new StreamedText();
        text.append("{\"recommendations\": [");
        List<String> whole = new ArrayList<>();
        List<String> parts = new ArrayList<>();

        text.subscribe(whole::add, parts::add);
        text.append("{\"title\": \"Mistborn\"");
        text.append(", \"explanation\": \"Epic fantasy with a heist\"}");

        assertThat(whole).containsExactly("{\"recommendations\": [");
        assertThat(parts).containsExactly("{\"title\": \"Mistborn\"", ", \"explanation\": \"Epic fantasy with a heist\"}");
        assertThat(text).hasToString("{\"recommendations\": [{\"title\": \"Mistborn\", \"explanation\": \"Epic fantasy"
                + " with a heist\"}");
    }

    @Test
    void replacingHandsOverTheWholeTextAndTracksEmptiness() {
        StreamedText text = new StreamedText();
        List<String> whole = new ArrayList<>();
        text.subscribe(whole::add, part -> { });
        assertThat(text.emptyProperty().get()).isTrue();

        text.append("Okay, the user liked The Hobbit");
        assertThat(text.emptyProperty().get()).isFalse();
        text.set("");

        assertThat(whole).containsExactly("", "");
        assertThat(text.isEmpty()).isTrue();
        assertThat(text.emptyProperty().get()).isTrue();
    }

    @Test
    void anUnsubscribedReaderHearsNothingMore() {
        StreamedText text = new StreamedText();
        List<String> parts = new ArrayList<>();
        Subscription subscription = text.subscribe(whole -> { }, parts::add);

        text.append("1. The Name of the Wind");
        subscription.unsubscribe();
        text.append("\n2. The Lies of Locke Lamora");

        assertThat(parts).containsExactly("1. The Name of the Wind");
    }
}
