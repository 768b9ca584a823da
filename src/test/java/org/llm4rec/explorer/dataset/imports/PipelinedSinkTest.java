package org.llm4rec.explorer.dataset.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.Item;

class PipelinedSinkTest {

    /** Records rows and the threads that wrote them. */
    private static final class ThreadRecordingSink implements DatasetSink {
        final RecordingSink rows = new RecordingSink();
        final Set<Thread> rowThreads = ConcurrentHashMap.newKeySet();
        Thread finishThread;
        int failAtInteraction = -1;
        int seen;

        @Override
        public void item(int key, Item item, String details) {
            rowThreads.add(Thread.currentThread());
            rows.item(key, item, details);
        }

        @Override
        public void user(int key, String userId, String attributes) {
            rowThreads.add(Thread.currentThread());
            rows.user(key, userId, attributes);
        }

        @Override
        public void interaction(int userKey, int itemKey, double rating, long timestamp, long position, String review) {
            rowThreads.add(Thread.currentThread());
            if (seen++ == failAtInteraction) {
                throw new IllegalStateException("disk full");
            }
            rows.interaction(userKey, itemKey, rating, timestamp, position, review);
        }

        @Override
        public void withdraw(int userKey, long position) {
            rowThreads.add(Thread.currentThread());
            rows.withdraw(userKey, position);
        }

        @Override
        public void finish(ItemTallies tallies) {
            finishThread = Thread.currentThread();
            rows.finish(tallies);
        }
    }

    private static void writeRows(DatasetSink sink, int interactions) {
        for (int i = 0; i < 10; i++) {
            sink.item(i, new Item("i" + i, "Title " + i, "", null, "", 0), i == 3 ? "{\"a\":1}" : null);
            sink.user(i, "u" + i, "{}");
        }
        for (int n = 0; n < interactions; n++) {
            sink.interaction(n % 10, (n * 7) % 10, n % 3 == 0 ? Double.NaN : n % 5, n % 4 == 0 ? Long.MIN_VALUE : n,
                    n, n % 1000 == 0 ? "review " + n : null);
        }
    }

    @Test
    void everyRowArrivesInOrderOnTheWriterThreadAndFinishesOnTheCaller() {
        ThreadRecordingSink direct = new ThreadRecordingSink();
        writeRows(direct, 3 * PipelinedSink.CHUNK_ROWS + 17);
        ThreadRecordingSink target = new ThreadRecordingSink();
        ItemTallies tallies = new ItemTallies();

        try (PipelinedSink sink = new PipelinedSink(target)) {
            writeRows(sink, 3 * PipelinedSink.CHUNK_ROWS + 17);
            sink.finish(tallies);
        }

        assertThat(target.rows.interactions).isEqualTo(direct.rows.interactions).hasSize(3 * PipelinedSink.CHUNK_ROWS + 17);
        assertThat(target.rows.reviews).isEqualTo(direct.rows.reviews);
        assertThat(target.rows.items).isEqualTo(direct.rows.items);
        assertThat(target.rows.details).isEqualTo(direct.rows.details);
        assertThat(target.rows.users).isEqualTo(direct.rows.users);
        assertThat(target.rowThreads).hasSize(1).doesNotContain(Thread.currentThread());
        assertThat(target.finishThread).isSameAs(Thread.currentThread());
        assertThat(target.rows.tallies).isSameAs(tallies);
        assertThat(target.rowThreads.iterator().next().isAlive()).isFalse();
    }

    @Test
    void aFailureOfTheTargetEndsTheImportWithThatFailure() {
        ThreadRecordingSink target = new ThreadRecordingSink();
        target.failAtInteraction = 5;
        List<RuntimeException> thrown = new ArrayList<>();

        try (PipelinedSink sink = new PipelinedSink(target)) {
            try {
                writeRows(sink, 40 * PipelinedSink.CHUNK_ROWS);
                sink.finish(new ItemTallies());
            } catch (RuntimeException e) {
                thrown.add(e);
            }
        }

        assertThat(thrown).singleElement().satisfies(e -> assertThat(e).hasMessage("disk full"));
        assertThat(target.finishThread).isNull();
        assertThat(target.rows.interactions).hasSize(5);
    }

    @Test
    void closingWithoutFinishingStopsTheWriterAndFinishesNothing() {
        ThreadRecordingSink target = new ThreadRecordingSink();

        try (PipelinedSink sink = new PipelinedSink(target)) {
            writeRows(sink, 2 * PipelinedSink.CHUNK_ROWS);
        }

        assertThat(target.finishThread).isNull();
        assertThat(target.rowThreads).allSatisfy(t -> assertThat(t.isAlive()).isFalse());
        assertThat(target.rows.interactions).hasSizeLessThanOrEqualTo(2 * PipelinedSink.CHUNK_ROWS);
    }

    @Test
    void aFailureReportedAfterTheLastRowStillFailsTheFinish() {
        ThreadRecordingSink target = new ThreadRecordingSink();
        target.failAtInteraction = 3;

        try (PipelinedSink sink = new PipelinedSink(target)) {
            writeRows(sink, 10);
            assertThatThrownBy(() -> sink.finish(new ItemTallies())).hasMessage("disk full");
        }
        assertThat(target.finishThread).isNull();
    }
}
