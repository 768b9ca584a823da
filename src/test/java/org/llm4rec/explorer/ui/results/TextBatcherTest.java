package org.llm4rec.explorer.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class TextBatcherTest {

    @Test
    void chunksArrivingBeforeTheUiRunsAreHandedOverInOneBatch() {
        Queue<Runnable> uiQueue = new ArrayDeque<>();
        List<String> received = new ArrayList<>();
        TextBatcher batcher = new TextBatcher(uiQueue::add, received::add);

        for (String token : List.of("The", " Hobbit", " by", " J.R.R.", " Tolkien")) {
            batcher.append(token);
        }

        assertThat(uiQueue).hasSize(1);
        uiQueue.poll().run();
        assertThat(received).containsExactly("The Hobbit by J.R.R. Tolkien");
    }

    @Test
    void textAfterAFlushQueuesANewHandOver() {
        Queue<Runnable> uiQueue = new ArrayDeque<>();
        List<String> received = new ArrayList<>();
        TextBatcher batcher = new TextBatcher(uiQueue::add, received::add);

        batcher.append("a");
        uiQueue.poll().run();
        batcher.append("b");
        batcher.append("c");
        uiQueue.poll().run();

        assertThat(uiQueue).isEmpty();
        assertThat(received).containsExactly("a", "bc");
    }

    @Test
    void anExplicitFlushWithNothingPendingHandsOverNothing() {
        List<String> received = new ArrayList<>();
        new TextBatcher(Runnable::run, received::add).flush();
        assertThat(received).isEmpty();
    }
}
