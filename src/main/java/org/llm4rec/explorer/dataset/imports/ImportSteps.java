package org.llm4rec.explorer.dataset.imports;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * For measuring where an import's time goes ({@value #PROPERTY}{@code =true}, as {@code benchmarks/import-vs-sqlite.sh
 * --steps} runs it): when each step of the process was reached, in milliseconds since the JVM started, and the CPU
 * time the thread that reached it had used by then (on a loaded machine the wall times stretch, the CPU times much
 * less), printed by the import command when it ends. Otherwise every call returns at once.
 */
public final class ImportSteps {
    public static final String PROPERTY = "llm4rec.import.steps";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);
    private static final List<Step> steps = new ArrayList<>();
    /** {@link System#nanoTime()} when the JVM started: read at the first step. */
    private static long jvmStartNanos = Long.MIN_VALUE;

    private record Step(String name, long nanos, String thread, long threadCpuNanos) {
    }

    private ImportSteps() {
    }

    public static boolean on() {
        return ON;
    }

    /** Notes that the step is reached now. */
    public static void mark(String step) {
        if (!ON) {
            return;
        }
        long now = System.nanoTime();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        synchronized (steps) {
            if (jvmStartNanos == Long.MIN_VALUE) {
                jvmStartNanos = now - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
            }
            steps.add(new Step(step, now, Thread.currentThread().getName(), cpu));
        }
    }

    /** One line per step: when it was reached, how long it took since the step before, and its thread's CPU. */
    public static String report() {
        StringBuilder out = new StringBuilder("step                          at ms  took ms  its thread's CPU ms\n");
        synchronized (steps) {
            long previous = jvmStartNanos;
            for (Step step : steps) {
                out.append(String.format("%-26s %8.1f %8.1f %8.1f (%s)%n", step.name(),
                        (step.nanos() - jvmStartNanos) / 1e6, (step.nanos() - previous) / 1e6,
                        step.threadCpuNanos() / 1e6, step.thread()));
                previous = step.nanos();
            }
        }
        return out.toString();
    }
}
