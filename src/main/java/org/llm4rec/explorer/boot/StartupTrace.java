package org.llm4rec.explorer.boot;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * For the start-up benchmark only ({@value ExplorerApp#STARTUP_BENCHMARK}): when the steps of a start are reached,
 * in milliseconds since the process began, so that the native launcher and the JVM's own start count too.
 * Otherwise every call returns at once.
 */
final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean(ExplorerApp.STARTUP_BENCHMARK);
    private static final Map<String, Long> reached = new ConcurrentHashMap<>();

    private StartupTrace() {
    }

    static void mark(String step) {
        if (ON) {
            reached.putIfAbsent(step, System.currentTimeMillis());
        }
    }

    /** The time from the process's start to now, then each step's. */
    static String report() {
        long now = System.currentTimeMillis();
        long processStart = now - millisSinceProcessStart();
        return "first-frame-ms " + (now - processStart) + "\nsteps-ms " + reached.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(step -> step.getKey() + "=" + (step.getValue() - processStart))
                .collect(Collectors.joining(" "));
    }

    /**
     * On Linux from the kernel's clocks (10 ms grain); {@code ProcessHandle}'s start instant adds the boot time,
     * which the kernel gives in whole seconds, so it can be up to a second early. Elsewhere from the JVM's start.
     */
    private static long millisSinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command name, which may hold spaces: the start time is the 22nd field, in ticks of
            // 1/100 s (USER_HZ), since boot; /proc/uptime is seconds since boot.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[22 - 3]);
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round(uptime * 1000 - startTicks * 10.0);
        } catch (IOException | RuntimeException e) {
            return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        }
    }
}
