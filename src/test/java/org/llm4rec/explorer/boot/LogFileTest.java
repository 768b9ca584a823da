package org.llm4rec.explorer.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log file the app writes, from a JVM of its own started as the app starts (SLF4J picks its logger once per
 * JVM): what it quotes from a server, a file or a dataset is cut and escaped there.
 */
class LogFileTest {
    /** One line of 10 MB, as a broken proxy or a hostile server sends: it retitles the terminal and clears it. */
    private static final String HOSTILE = "\u001b]0;pwned\u0007\u001b[2J" + "x".repeat(10_000_000);
    /** How the log writes its start: escaped, 14 characters of the original. */
    private static final String HOSTILE_START = "\\u001B]0;pwned\\u0007\\u001B[2J";

    @TempDir
    Path dir;

    @Test
    void echoedInputIsCutAndEscapedInTheLogFile() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), LogLikeTheApp.class.getName(),
                dir.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        String log = Files.readString(new AppConfig(dir, "").logFile(), StandardCharsets.UTF_8);
        List<String> lines = log.lines().toList();

        assertThat(log.length()).as("log size").isLessThan(10_000);
        assertThat(log).doesNotContain("\u001b", "\u0007");
        assertThat(lines.get(0)).endsWith("WARN org.llm4rec.explorer.llm.Generation - Ollama at "
                + "http://127.0.0.1:11434 sent a line that is not a JSON object: " + HOSTILE_START
                + "x".repeat(200 - 14) + "…");
        // A dataset name holding a line break writes it out: it cannot start a line that looks like the app's own.
        assertThat(lines.get(1)).endsWith("Renamed the dataset to Films\\u000A2026-12-07 12:00:00.000 [main] ERROR "
                + "Disk full");
        assertThat(lines.get(2)).contains("ERROR org.llm4rec.explorer.boot.LogFileTest - The import of ratings.csv "
                + "failed").endsWith("failed");
        assertThat(lines.get(3)).isEqualTo("java.nio.file.NoSuchFileException: " + HOSTILE_START
                + "x".repeat(2000 - 14) + "…");
        assertThat(lines.get(4)).startsWith("\tat org.llm4rec.explorer.boot.LogFileTest$LogLikeTheApp.main");
        assertThat(log).contains("Caused by: java.io.IOException: " + HOSTILE_START + "xxx");
        assertThat(lines.get(lines.size() - 1)).endsWith("WARN org.llm4rec.explorer.boot.LogFileTest - file="
                + HOSTILE_START + "x".repeat(200 - 14) + "… Skipped a row of ratings.csv: " + HOSTILE_START
                + "x".repeat(200 - 14) + "…");
    }

    /** Logs as the app does, after setting up logging the way its start does. */
    static final class LogLikeTheApp {
        public static void main(String[] args) {
            EchoSafeLogging.use();
            Launcher.logToFile(new AppConfig(Path.of(args[0]), ""));
            LoggerFactory.getLogger("org.llm4rec.explorer.llm.Generation").warn("Ollama at {} sent a line that is not a JSON object: {}",
                    "http://127.0.0.1:11434", HOSTILE);
            Logger log = LoggerFactory.getLogger(LogFileTest.class);
            log.info("Renamed the dataset to {}", "Films\n2026-12-07 12:00:00.000 [main] ERROR Disk full");
            NoSuchFileException missing = new NoSuchFileException(HOSTILE);
            missing.initCause(new IOException(HOSTILE));
            log.error("The import of {} failed", "ratings.csv", missing);
            log.atWarn().addKeyValue("file", HOSTILE).log("Skipped a row of ratings.csv: {}", HOSTILE);
        }
    }
}
