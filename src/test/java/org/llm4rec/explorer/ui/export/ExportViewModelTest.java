package org.llm4rec.explorer.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.export.ComparisonFiles;
import org.llm4rec.explorer.app.export.ExportFormat;
import org.llm4rec.explorer.app.export.HostileRuns;
import org.llm4rec.explorer.app.export.Judgements;
import org.llm4rec.explorer.ui.SameThreadBackground;
import org.llm4rec.explorer.ui.results.ResultsViewModel;
import org.llm4rec.explorer.ui.results.RunColumnViewModel;
import org.llm4rec.explorer.ui.task.TaskList;

class ExportViewModelTest {
    @TempDir
    Path folder;

    private final Background background = SameThreadBackground.create();
    private final List<String> done = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    private ExportViewModel exports(ResultsViewModel results) {
        Judgements judged = runIds -> new Judgements.Judged(HostileRuns.ratings().stream()
                .filter(r -> runIds.contains(r.runId())).toList(), HostileRuns.votes(), List.of());
        return new ExportViewModel(results, background, new ComparisonFiles(), judged,
                Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
    }

    private ResultsViewModel results() {
        // Showing stored runs neither runs a model nor touches saved comparisons.
        return new ResultsViewModel(null, new TaskList(background), null, Clock.systemUTC());
    }

    @Test
    void reopeningAJsonExportShowsTheSameColumnsWithoutRunning() {
        ResultsViewModel shown = results();
        shown.show(HostileRuns.completed(), "Zero-shot <direct>").promptParts().setAll(HostileRuns.parts());
        shown.show(HostileRuns.failed(), "LLMRank");
        Path file = folder.resolve("class.json");
        exports(shown).export(ExportFormat.JSON, file, done::add, errors::add);

        ResultsViewModel reopened = results();
        ExportViewModel opening = exports(reopened);
        opening.open(file, done::add, errors::add);

        assertThat(errors).isEmpty();
        assertThat(reopened.columns()).extracting(c -> c.titleProperty().get())
                .containsExactly("Zero-shot <direct>", "LLMRank");
        assertThat(reopened.columns()).extracting(c -> c.runProperty().get())
                .containsExactly(HostileRuns.completed(), HostileRuns.failed());
        RunColumnViewModel first = reopened.columns().get(0);
        assertThat(first.recommendations()).isEqualTo(shown.columns().get(0).recommendations());
        assertThat(first.promptParts()).isEqualTo(HostileRuns.parts());
        assertThat(first.stateProperty().get()).isEqualTo(RunColumnViewModel.State.COMPLETED);
        assertThat(opening.openedRatings()).isEqualTo(HostileRuns.ratings());
        assertThat(opening.openedVotes()).isEqualTo(HostileRuns.votes());
        assertThat(done.get(1)).contains("Opened 2 runs", "3 ratings and 4 votes", "reading only");
        assertThat(opening.openedJudgementsProperty().get()).contains("Relevance 5★", "by Ana <teacher>",
                HostileRuns.RATING_NOTE, "Leaderboard (4 blind A/B votes", "Position bias");
    }

    @Test
    void aBrokenFileLeavesTheColumnsAloneAndSaysWhy() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"schema\": ");
        ResultsViewModel results = results();
        results.show(HostileRuns.completed(), "Kept");

        exports(results).open(broken, done::add, errors::add);

        assertThat(done).isEmpty();
        assertThat(errors).singleElement().asString().contains(broken.toAbsolutePath().toString(),
                "not readable JSON");
        assertThat(results.columns()).hasSize(1);
    }

    @Test
    void nothingToExportSaysWhy() {
        assertThat(exports(results()).nothingToExport()).contains("no results to export yet");
        ResultsViewModel results = results();
        results.show(HostileRuns.completed(), "x");
        assertThat(exports(results).nothingToExport()).isEmpty();
    }

    @Test
    void everyFormatIsWrittenWithTheRatingsOfTheShownRuns() throws Exception {
        ResultsViewModel results = results();
        results.show(HostileRuns.completed(), "Zero-shot");
        ExportViewModel exports = exports(results);
        for (ExportFormat format : ExportFormat.values()) {
            exports.export(format, folder.resolve("c." + format.extension()), done::add, errors::add);
        }

        assertThat(errors).isEmpty();
        assertThat(Files.readString(folder.resolve("c.md"))).contains("## Zero-shot", "Relevance 5★",
                "## Leaderboard (4 blind A/B votes)", "\\<script\\>");
        assertThat(Files.readString(folder.resolve("c.csv"))).contains("Ana <teacher>");
        assertThat(Files.readString(folder.resolve("c.html"))).contains("Leaderboard");
        assertThat(Files.readString(folder.resolve("c.json"))).contains("\"leaderboard\"", "\"ratings\"");
    }
}
