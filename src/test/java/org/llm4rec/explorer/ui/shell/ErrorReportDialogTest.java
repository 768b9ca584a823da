package org.llm4rec.explorer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ErrorReportDialogTest {
    @Test
    void theReportShowsAnErrorQuotingAHostileFileCutAndEscapedWithItsCauseAndFrames() {
        String hostile = "ratings\u001b]0;pwned\u0007.csv" + "x".repeat(5_000_000);
        UncheckedIOException error = new UncheckedIOException("Reading failed",
                new FileSystemException(hostile, null, "Input/output error"));

        String report = ErrorReportDialog.report(error, Path.of("/data/logs/explorer.log"));

        assertThat(report).contains("Log: /data/logs/explorer.log",
                "java.io.UncheckedIOException: Reading failed\n\tat org.llm4rec.explorer.ui.shell.ErrorReportDialogTest",
                "Caused by: java.nio.file.FileSystemException: ratings\\u001B]0;pwned\\u0007.csvxxx")
                .doesNotContain("\u001b").hasSizeLessThan(20_000);
    }
}
