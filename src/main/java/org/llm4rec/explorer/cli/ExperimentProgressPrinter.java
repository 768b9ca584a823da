package org.llm4rec.explorer.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.llm4rec.explorer.app.experiment.ConfigurationProgress;
import org.llm4rec.explorer.app.experiment.ExperimentListener;
import org.llm4rec.explorer.app.experiment.ExperimentProgress;

/**
 * A progress bar for experiments: redrawn in place on a terminal, one line a second otherwise (logs, pipes).
 */
final class ExperimentProgressPrinter implements ExperimentListener {
    private static final int WIDTH = 30;
    private static final long EVERY_NANOS = 1_000_000_000L;

    private final PrintWriter out;
    private final boolean terminal;
    private final String prefix;
    private long last;
    private String lastLine = "";

    ExperimentProgressPrinter(PrintWriter out, boolean terminal) {
        this(out, terminal, "");
    }

    /** @param prefix put before every line (a study's "[2/4 K=10] ") */
    ExperimentProgressPrinter(PrintWriter out, boolean terminal, String prefix) {
        this.out = out;
        this.terminal = terminal;
        this.prefix = prefix;
    }

    @Override
    public synchronized void progress(ExperimentProgress p) {
        long now = System.nanoTime();
        boolean end = p.done() >= p.total();
        if (!end && now - last < (terminal ? EVERY_NANOS / 10 : EVERY_NANOS)) {
            return;
        }
        String line = prefix + describe(p);
        if (line.equals(lastLine)) {
            return;
        }
        last = now;
        lastLine = line;
        if (terminal) {
            out.print("\r" + line + (end ? "\n" : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }

    static String describe(ExperimentProgress p) {
        StringBuilder line = new StringBuilder(ProgressPrinter.bar(p.fraction(), WIDTH));
        line.append(String.format(" %3.0f%%  %,d/%,d  %.1f/s  ETA %s", p.fraction() * 100, p.done(), p.total(),
                p.usersPerSecond(), p.eta() == null ? "–" : clock(p.eta())));
        if (p.paused()) {
            line.append("  paused");
        }
        for (ConfigurationProgress c : p.configurations()) {
            if (c.done() < c.total()) {
                line.append("  |  ").append(c.label()).append(' ').append(c.done()).append('/').append(c.total());
                break;
            }
        }
        return line.toString();
    }

    private static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
