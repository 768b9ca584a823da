package org.llm4rec.explorer.dataset.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.llm4rec.explorer.domain.Item;

/**
 * Hands an import's rows to another sink on a thread of its own, in chunks, so that reading and checking the
 * files (this thread) and storing the rows (the writer thread) run on two cores at once. The target sink is used
 * by the writer thread only, one chunk after another; {@link #finish} waits for the last chunk and then finishes
 * the target on the calling thread. A failure of the target ends the import with that failure at the next row.
 */
public final class PipelinedSink implements DatasetSink, AutoCloseable {
    static final int CHUNK_ROWS = 4096;
    /** Enough chunks in flight to smooth the two sides; bounded, so a slow writer holds the reader back. */
    private static final int CHUNKS_IN_FLIGHT = 8;
    private static final Chunk END = new Chunk();

    private final DatasetSink target;
    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT);
    private final Thread writer;
    private volatile RuntimeException failure;
    private Chunk open = new Chunk();
    private boolean ended;

    public PipelinedSink(DatasetSink target) {
        this.target = target;
        this.writer = new Thread(this::write, "dataset-import-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void item(int key, Item item, String details) {
        open.others.add(sink -> sink.item(key, item, details));
        added();
    }

    @Override
    public void user(int key, String userId, String attributes) {
        open.others.add(sink -> sink.user(key, userId, attributes));
        added();
    }

    @Override
    public void interaction(int userKey, int itemKey, double rating, long timestamp, long position, String review) {
        Chunk c = open;
        int i = c.interactions++;
        c.users[i] = userKey;
        c.items[i] = itemKey;
        c.ratings[i] = rating;
        c.timestamps[i] = timestamp;
        c.positions[i] = position;
        c.reviews[i] = review;
        added();
    }

    @Override
    public void withdraw(int userKey, long position) {
        open.others.add(sink -> sink.withdraw(userKey, position));
        added();
    }

    private void added() {
        if (open.interactions + open.others.size() >= CHUNK_ROWS) {
            handOver(open);
            open = new Chunk();
        }
    }

    @Override
    public void finish(ItemTallies tallies) {
        handOver(open);
        open = new Chunk();
        stopWriter();
        ImportSteps.mark("all rows written");
        rethrowFailure();
        target.finish(tallies);
        ImportSteps.mark("item activity stored");
    }

    /** Stops the writer after what it holds; after a cancelled or failed import, so that nothing writes on. */
    @Override
    public void close() {
        stopWriter();
    }

    private void stopWriter() {
        if (ended) {
            return;
        }
        ended = true;
        put(END);
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void handOver(Chunk chunk) {
        rethrowFailure();
        if (chunk.interactions + chunk.others.size() > 0) {
            put(chunk);
        }
    }

    private void put(Chunk chunk) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(chunk);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrowFailure() {
        if (failure != null) {
            throw failure;
        }
    }

    /** After a failure the writer goes on taking chunks, unused, so that the reader never waits on a full queue. */
    private void write() {
        while (true) {
            Chunk chunk;
            try {
                chunk = queue.take();
            } catch (InterruptedException e) {
                continue;
            }
            if (chunk == END) {
                ImportSteps.mark("writer thread done");
                return;
            }
            if (failure == null) {
                try {
                    chunk.applyTo(target);
                } catch (RuntimeException e) {
                    failure = e;
                } catch (Error e) {
                    failure = new IllegalStateException("Storing the import failed: " + e, e);
                }
            }
        }
    }

    /** Rows in arrival order per kind: items and users carry no reference the interactions need stored first. */
    private static final class Chunk {
        final List<Consumer<DatasetSink>> others = new ArrayList<>();
        final int[] users = new int[CHUNK_ROWS];
        final int[] items = new int[CHUNK_ROWS];
        final double[] ratings = new double[CHUNK_ROWS];
        final long[] timestamps = new long[CHUNK_ROWS];
        final long[] positions = new long[CHUNK_ROWS];
        final String[] reviews = new String[CHUNK_ROWS];
        int interactions;

        void applyTo(DatasetSink sink) {
            for (Consumer<DatasetSink> row : others) {
                row.accept(sink);
            }
            for (int i = 0; i < interactions; i++) {
                sink.interaction(users[i], items[i], ratings[i], timestamps[i], positions[i], reviews[i]);
            }
        }
    }
}
