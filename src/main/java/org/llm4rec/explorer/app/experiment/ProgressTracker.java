package org.llm4rec.explorer.app.experiment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llm4rec.explorer.domain.experiment.Configuration;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.experiment.Outcome;
import org.llm4rec.explorer.domain.experiment.UserResult;

/** Counts stored results per configuration and tells the listener, at most ten times a second. */
final class ProgressTracker {
    private static final long EVERY_MS = 100;

    private final String runId;
    private final ExperimentListener listener;
    private final Clock clock;
    private final Instant started;
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final int total;
    private int done;
    private int doneThisSession;
    private int failedThisSession;
    private boolean paused;
    private long lastPublished;

    ProgressTracker(String runId, ExperimentDefinition definition, int users, List<UserResult> earlier,
                    ExperimentListener listener, Clock clock) {
        this.runId = runId;
        this.listener = listener;
        this.clock = clock;
        this.started = clock.instant();
        int sum = 0;
        for (Configuration c : definition.configurations()) {
            int needed = definition.repeatsOf(c) * users;
            // done, total, failed
            counts.put(c.key(), new int[] {0, needed, 0});
            labels.put(c.key(), c.label());
            sum += needed;
        }
        this.total = sum;
        for (UserResult r : earlier) {
            int[] c = counts.get(r.configurationKey());
            if (c != null && r.outcome() != Outcome.FAILED) {
                c[0]++;
                done++;
            }
        }
    }

    void stored(UserResult result) {
        synchronized (this) {
            int[] c = counts.get(result.configurationKey());
            c[0]++;
            done++;
            doneThisSession++;
            if (result.outcome() == Outcome.FAILED) {
                c[2]++;
                failedThisSession++;
            }
        }
        listener.stored(result);
        publish(false);
    }

    void pausedChanged(boolean nowPaused) {
        synchronized (this) {
            paused = nowPaused;
        }
        publish(true);
    }

    /** True when every result is stored and none failed at the server in this session. */
    synchronized boolean complete() {
        return done >= total && failedThisSession == 0;
    }

    void publish(boolean always) {
        ExperimentProgress progress;
        synchronized (this) {
            long now = clock.millis();
            if (!always && now - lastPublished < EVERY_MS && done < total) {
                return;
            }
            lastPublished = now;
            progress = snapshot();
        }
        listener.progress(progress);
    }

    private ExperimentProgress snapshot() {
        List<ConfigurationProgress> list = new ArrayList<>();
        counts.forEach((key, c) -> list.add(new ConfigurationProgress(key, labels.get(key), c[0], c[1], c[2])));
        Duration elapsed = Duration.between(started, clock.instant());
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        double pace = doneThisSession / seconds;
        Duration eta = doneThisSession == 0 ? null
                : Duration.ofMillis((long) ((total - done) / pace * 1000));
        return new ExperimentProgress(runId, done, total, list, elapsed, eta, paused, pace);
    }
}
