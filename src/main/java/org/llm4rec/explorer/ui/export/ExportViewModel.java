package org.llm4rec.explorer.ui.export;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.AppInfo;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.export.Comparison;
import org.llm4rec.explorer.app.export.ComparisonFiles;
import org.llm4rec.explorer.app.export.ExportFormat;
import org.llm4rec.explorer.app.export.ExportedColumn;
import org.llm4rec.explorer.app.export.Judgements;
import org.llm4rec.explorer.app.export.Judging;
import org.llm4rec.explorer.app.export.PngFile;
import org.llm4rec.explorer.domain.EchoedText;
import org.llm4rec.explorer.domain.judge.Rating;
import org.llm4rec.explorer.domain.judge.Vote;
import org.llm4rec.explorer.ui.results.ResultsViewModel;
import org.llm4rec.explorer.ui.results.RunColumnViewModel;

/** Exports the result columns to files, and opens JSON exports again as columns, in the background. */
public final class ExportViewModel {
    private final ResultsViewModel results;
    private final Background background;
    private final ComparisonFiles files;
    private final Judgements judgements;
    private final Clock clock;
    private final ObservableList<Rating> openedRatings = FXCollections.observableArrayList();
    private final ObservableList<Vote> openedVotes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper openedJudgements = new ReadOnlyStringWrapper("");

    public ExportViewModel(ResultsViewModel results, Background background, ComparisonFiles files,
                           Judgements judgements, Clock clock) {
        this.results = results;
        this.background = background;
        this.files = files;
        this.judgements = judgements;
        this.clock = clock;
    }

    /** The finished columns as they are now, left to right; running columns are left out. */
    private List<ExportedColumn> finishedColumns() {
        return results.columns().stream()
                .filter(column -> column.runProperty().get() != null)
                .map(column -> new ExportedColumn(column.titleProperty().get(), column.runProperty().get(),
                        List.copyOf(column.promptParts())))
                .toList();
    }

    /** The comparison with the judgements of its runs; reads the store, so it is called in the background. */
    private Comparison comparison(List<ExportedColumn> columns) {
        Judgements.Judged judged = judgements.of(columns.stream().map(c -> c.run().id()).toList());
        return new Comparison(clock.instant(), AppInfo.VERSION, columns, judged.ratings(), judged.votes(),
                judged.modelJudgements());
    }

    /** Why there is nothing to export yet; empty when there is. */
    public String nothingToExport() {
        if (results.columns().isEmpty()) {
            return "There are no results to export yet: run a strategy or open an earlier run first.";
        }
        if (finishedColumns().isEmpty()) {
            return "The runs have not finished yet: export when at least one column has its answer.";
        }
        return "";
    }

    /** Writes the current comparison; exactly one callback runs afterwards, with a message for the user. */
    public void export(ExportFormat format, Path file, Consumer<String> onDone, Consumer<String> onError) {
        List<ExportedColumn> columns = finishedColumns();
        background.run("export " + format, () -> {
            Comparison comparison = comparison(columns);
            return "Wrote " + comparison.runCount() + " to " + files.write(comparison, format, file) + ".";
        }, onDone, error -> fail(error, onError));
    }

    /** Saves the comparison with its results as a comparison file; the columns then count as saved. */
    public void save(Path file, Consumer<String> onDone, Consumer<String> onError) {
        export(ExportFormat.JSON, file, text -> {
            results.markSaved();
            onDone.accept(text);
        }, onError);
    }

    /** Writes a picture of the results, taken on the UI thread as ARGB pixels, as a PNG file. */
    public void exportPicture(int width, int height, int[] argb, Path file, Consumer<String> onDone,
                              Consumer<String> onError) {
        background.run("export PNG", () -> PngFile.write(width, height, argb, file),
                written -> onDone.accept("Saved a " + width + "×" + height + " picture of the results to " + written
                        + "."), error -> fail(error, onError));
    }

    /**
     * Reads a JSON export and shows each of its runs as a stored column, without running anything. Its ratings and
     * votes are kept for reading only: they are not added to this app's own judgements.
     */
    public void open(Path file, Consumer<String> onDone, Consumer<String> onError) {
        background.run("open export", () -> files.read(file), comparison -> {
            for (ExportedColumn column : comparison.columns()) {
                RunColumnViewModel shown = results.show(column.run(), column.title());
                shown.promptParts().setAll(column.promptParts());
            }
            openedRatings.addAll(comparison.ratings());
            openedVotes.addAll(comparison.votes());
            openedJudgements.set(Judging.describe(comparison));
            onDone.accept("Opened " + comparison.runCount() + " from " + file + " (exported "
                    + comparison.exportedAt() + ")" + (comparison.ratings().isEmpty() && comparison.votes().isEmpty()
                    && comparison.modelJudgements().isEmpty() ? "." : ", with " + comparison.ratings().size()
                    + " ratings and " + comparison.votes().size() + " votes" + (comparison.modelJudgements().isEmpty()
                    ? "" : " from people and " + comparison.modelJudgements().size() + " model judges' scores")
                    + ", shown for reading only."));
        }, error -> fail(error, onError));
    }

    private static void fail(Throwable error, Consumer<String> onError) {
        onError.accept(EchoedText.message(error.getMessage() == null ? error.toString() : error.getMessage()));
    }

    /** The ratings and leaderboard of the export opened last, as text to read; empty when it had none. */
    public ReadOnlyStringProperty openedJudgementsProperty() {
        return openedJudgements.getReadOnlyProperty();
    }

    /** Ratings read from opened exports, for reading only. */
    public ObservableList<Rating> openedRatings() {
        return openedRatings;
    }

    /** Votes read from opened exports, for reading only. */
    public ObservableList<Vote> openedVotes() {
        return openedVotes;
    }
}
