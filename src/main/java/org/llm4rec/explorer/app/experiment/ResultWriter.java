package org.llm4rec.explorer.app.experiment;

import org.llm4rec.explorer.app.port.ExperimentRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.experiment.UserResult;

/**
 * Stores results as they arrive, a few at a time: whatever has arrived is written in one transaction as soon as
 * {@link #MAX_WAIT_MS} have passed since the last write or {@link #MAX_BATCH} results wait. One commit per user
 * would cap a fast model at the store's commit rate; a crash loses at most the last fraction of a second, which
 * a resume simply runs again (results are keyed, so nothing is stored twice).
 */
final class ResultWriter {
    static final int MAX_BATCH = 256;
    static final long MAX_WAIT_MS = 200;

    private final ExperimentRepository repository;
    private final String experimentRunId;
    private final Consumer<UserResult> onStored;
    private final LongSupplier millis;
    private final Object writing = new Object();
    private List<RunRecord> runs = new ArrayList<>();
    private List<UserResult> results = new ArrayList<>();
    private long lastWrite;

    ResultWriter(ExperimentRepository repository, String experimentRunId, Consumer<UserResult> onStored,
                 LongSupplier millis) {
        this.repository = repository;
        this.experimentRunId = experimentRunId;
        this.onStored = onStored;
        this.millis = millis;
        this.lastWrite = millis.getAsLong();
    }

    /** Queues a result (with the model run it came from, null for baselines) and writes when it is time. */
    void add(RunRecord run, UserResult result) {
        boolean due;
        synchronized (this) {
            if (run != null) {
                runs.add(run);
            }
            results.add(result);
            due = results.size() >= MAX_BATCH || millis.getAsLong() - lastWrite >= MAX_WAIT_MS;
        }
        if (due) {
            flush();
        }
    }

    /** Writes everything queued; called at the end, on cancel and when a batch is due. */
    void flush() {
        synchronized (writing) {
            List<RunRecord> runBatch;
            List<UserResult> resultBatch;
            synchronized (this) {
                runBatch = runs;
                resultBatch = results;
                runs = new ArrayList<>();
                results = new ArrayList<>();
                lastWrite = millis.getAsLong();
            }
            if (resultBatch.isEmpty()) {
                return;
            }
            repository.saveAll(experimentRunId, runBatch, resultBatch);
            resultBatch.forEach(onStored);
        }
    }
}
