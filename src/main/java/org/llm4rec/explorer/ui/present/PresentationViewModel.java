package org.llm4rec.explorer.ui.present;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.llm.LlmMetrics;
import org.llm4rec.explorer.domain.run.Badges;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.ui.results.RunColumnViewModel;

/**
 * Presentation mode: the finished result columns, revealed one at a time, metrics shown or hidden, and the prompt
 * of the column in focus taken apart step by step. Everything is driven by a few keys.
 */
public final class PresentationViewModel {

    /**
     * One column as presented.
     *
     * @param title    the strategy
     * @param subtitle model and profile
     * @param run      the run shown
     * @param metrics  headline figures, shown on request
     * @param anatomy  its prompt, part by part
     */
    public record Column(String title, String subtitle, RunRecord run, String metrics, PromptAnatomy anatomy) {

        /** The grounded list. */
        public List<Recommendation> items() {
            return run.recommendations();
        }

        /** What the item's badges say, as the result columns show them, less the plain catalogue match. */
        public List<Badges.Badge> badges(Recommendation item) {
            return Badges.of(run, item).stream().filter(b -> b.kind() != Badges.Kind.GROUNDED).toList();
        }
    }

    private final List<Column> columns;
    private final IntegerProperty revealed = new SimpleIntegerProperty(0);
    private final BooleanProperty metricsShown = new SimpleBooleanProperty(false);
    private final IntegerProperty promptStep = new SimpleIntegerProperty(0);
    private final IntegerBinding focus;

    public PresentationViewModel(List<RunColumnViewModel> shown) {
        columns = shown.stream().filter(c -> c.runProperty().get() != null).map(PresentationViewModel::column)
                .toList();
        focus = Bindings.createIntegerBinding(() -> Math.max(0, revealed.get() - 1), revealed);
        // Another column's prompt has other parts: its explanation starts again from the beginning.
        focus.addListener((o, old, now) -> promptStep.set(0));
    }

    private static Column column(RunColumnViewModel source) {
        RunRecord run = source.runProperty().get();
        return new Column(source.titleProperty().get(), run.model() + " · " + run.profileName(),
                run, figures(run),
                new PromptAnatomy(List.copyOf(source.promptParts()), run.prompt()));
    }

    /** The figures a class compares at a glance: grounding, hits, time and speed. */
    static String figures(RunRecord run) {
        long grounded = run.recommendations().stream().filter(r -> r.grounding().grounded()).count();
        long hits = run.recommendations().stream().filter(Recommendation::hit).count();
        StringBuilder text = new StringBuilder().append(grounded).append(" of ").append(run.recommendations().size())
                .append(" in the catalogue · ").append(hits).append(hits == 1 ? " held-out hit" : " held-out hits");
        LlmMetrics m = run.metrics();
        if (m != null) {
            text.append(String.format(Locale.ROOT, " · %.1f s", m.totalMs() / 1000.0));
            if (m.tokensPerSecond() != null) {
                text.append(String.format(Locale.ROOT, " · %.0f tokens/s", m.tokensPerSecond()));
            }
            if (m.cached()) {
                text.append(" · from the cache");
            }
        }
        return text.toString();
    }

    /** → or Space: the next column appears. */
    public void revealNext() {
        revealed.set(Math.min(columns.size(), revealed.get() + 1));
    }

    /** ←: the last column shown is hidden again. */
    public void hideLast() {
        revealed.set(Math.max(0, revealed.get() - 1));
    }

    public void revealAll() {
        revealed.set(columns.size());
    }

    public void toggleMetrics() {
        metricsShown.set(!metricsShown.get());
    }

    /** ↓: the next part of the focused column's prompt; the first press opens the prompt. */
    public void nextPromptStep() {
        focusedAnatomy().ifPresent(a -> promptStep.set(Math.min(a.steps().size(), promptStep.get() + 1)));
    }

    /** ↑: back one part; back from the first part closes the prompt. */
    public void previousPromptStep() {
        promptStep.set(Math.max(0, promptStep.get() - 1));
    }

    /** The column whose prompt is explained: the last one revealed, or the first before any is. */
    public Optional<Column> focusedColumn() {
        return columns.isEmpty() ? Optional.empty() : Optional.of(columns.get(focus.get()));
    }

    private Optional<PromptAnatomy> focusedAnatomy() {
        return focusedColumn().map(Column::anatomy);
    }

    /** "2 of 3 columns shown", for the header. */
    public StringBinding progressText() {
        return Bindings.createStringBinding(() -> columns.isEmpty() ? "No finished results to present"
                : revealed.get() + " of " + columns.size() + " columns shown", revealed);
    }

    public List<Column> columns() {
        return columns;
    }

    public IntegerProperty revealedProperty() {
        return revealed;
    }

    public BooleanProperty metricsShownProperty() {
        return metricsShown;
    }

    /** 0 while the prompt is closed, else how many of its steps are uncovered. */
    public IntegerProperty promptStepProperty() {
        return promptStep;
    }

    public IntegerBinding focusProperty() {
        return focus;
    }
}
