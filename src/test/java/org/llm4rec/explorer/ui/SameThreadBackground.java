package org.llm4rec.explorer.ui;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.llm4rec.explorer.app.Background;

/** A {@link Background} that runs work and its callbacks on the calling thread, for view-model tests. */
public final class SameThreadBackground {
    private SameThreadBackground() {
    }

    public static Background create() {
        return new Background(new SameThreadExecutor(), Executors.newSingleThreadScheduledExecutor(), Runnable::run);
    }

    private static final class SameThreadExecutor extends AbstractExecutorService {
        private boolean shutdown;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
