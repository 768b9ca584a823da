package org.llm4rec.explorer.ui.judge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.judge.JudgeOutcome;
import org.llm4rec.explorer.app.judge.ModelJudgeService;
import org.llm4rec.explorer.app.judge.RunHistories;
import org.llm4rec.explorer.domain.judge.JudgeRubric;
import org.llm4rec.explorer.domain.judge.PairJudgement;
import org.llm4rec.explorer.domain.judge.PairwiseSummary;
import org.llm4rec.explorer.domain.judge.PositionBias;
import org.llm4rec.explorer.domain.prompt.PromptTemplate;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.ui.MessageProperty;
import org.llm4rec.explorer.ui.results.ResultsViewModel;
import org.llm4rec.explorer.ui.results.RunColumnViewModel;
import org.llm4rec.explorer.ui.task.BackgroundTask;
import org.llm4rec.explorer.ui.task.TaskList;

/**
 * Pairwise judging of two result columns: for every item both columns recommend with an explanation, the picked
 * model is asked which of the two explanations is better, once with each column's shown first. Pairs are made by
 * item because only two explanations of the same item for the same user differ in nothing but the explanation; the
 * two columns must therefore be for one user. Shows wins and ties per column, the judge's position bias and
 * self-consistency, and every pair's verdicts in both orders. UI thread only.
 */
public final class PairwiseJudgeViewModel {
    /** A finished result column to pick. */
    public record Column(String title, RunRecord run) {
        @Override
        public String toString() {
            return title + " · " + run.model();
        }
    }

    /**
     * One pair of explanations of the same item.
     *
     * @param item        the item both explain
     * @param firstShown  the winner when the first column's explanation was shown first: "A", "B", "tie" or "–"
     * @param secondShown the winner when the second column's was shown first
     * @param swap        whether the winner survived the swap
     * @param reasons     the judge's reasons, in both orders
     */
    public record PairRow(String item, String firstShown, String secondShown, String swap, String reasons) {
    }

    private final JudgeChoice choice;
    private final ModelJudgeService service;
    private final RunHistories histories;
    private final ResultsViewModel results;
    private final Background background;
    private final BackgroundTask task;
    private final ObservableList<Column> columns = FXCollections.observableArrayList();
    private final ObjectProperty<Column> first = new SimpleObjectProperty<>();
    private final ObjectProperty<Column> second = new SimpleObjectProperty<>();
    private final ObjectProperty<PromptTemplate> template = new SimpleObjectProperty<>(
            JudgeRubric.defaultPairwiseTemplate());
    private final StringProperty plan = new MessageProperty();
    private final StringProperty status = new MessageProperty();
    private final StringProperty wins = new SimpleStringProperty("");
    private final StringProperty bias = new SimpleStringProperty("");
    private final StringProperty consistency = new SimpleStringProperty("");
    private final BooleanProperty biased = new SimpleBooleanProperty();
    private final ObservableList<PairRow> pairs = FXCollections.observableArrayList();
    private int shownAsked;

    PairwiseJudgeViewModel(AgreementViewModel agreement, ResultsViewModel results, TaskList tasks) {
        this.choice = agreement.choice();
        this.service = agreement.service();
        this.histories = agreement.histories();
        this.results = results;
        this.background = tasks.background();
        this.task = tasks.create();
        task.onCancel(() -> task.messageProperty().set("Stopping: the verdicts so far are kept…"));
        background.run("load pairwise judge template", () -> JudgeChoice.latest(agreement.templates(),
                JudgeRubric.PAIRWISE_TEMPLATE_ID, JudgeRubric.defaultPairwiseTemplate()), template::set,
                failure -> status.set("Could not read the pairwise judge's template: " + failure.getMessage()));
        results.columns().addListener((ListChangeListener<RunColumnViewModel>) c -> refreshColumns());
        first.addListener(o -> showStored());
        second.addListener(o -> showStored());
        choice.modelProperty().addListener(o -> showStored());
        template.addListener(o -> showStored());
        refreshColumns();
    }

    public JudgeChoice choice() {
        return choice;
    }

    /** The result columns that have their answer, to pick two of. */
    public ObservableList<Column> columns() {
        return columns;
    }

    public ObjectProperty<Column> firstProperty() {
        return first;
    }

    public ObjectProperty<Column> secondProperty() {
        return second;
    }

    /** The pairwise template the judge is asked with. */
    public ObjectProperty<PromptTemplate> templateProperty() {
        return template;
    }

    /** The pairs to judge and the calls that takes, or why the two columns cannot be paired. */
    public ReadOnlyStringProperty planProperty() {
        return plan;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Wins per column and ties. */
    public ReadOnlyStringProperty winsProperty() {
        return wins;
    }

    /** How often the explanation shown first won, beyond the half a judge without position bias gives it. */
    public ReadOnlyStringProperty biasProperty() {
        return bias;
    }

    /** True when the judge favours a position beyond chance (the 95% interval of its first-shown wins excludes half). */
    public ReadOnlyBooleanProperty biasedProperty() {
        return biased;
    }

    /** How many pairs kept their winner when the order was swapped. */
    public ReadOnlyStringProperty consistencyProperty() {
        return consistency;
    }

    /** Every pair, with its verdicts in both orders. */
    public ObservableList<PairRow> pairs() {
        return pairs;
    }

    public BackgroundTask task() {
        return task;
    }

    /** Picks the two columns whose runs these are, when they are shown. */
    public void choose(RunRecord a, RunRecord b) {
        refreshColumns();
        find(a).ifPresent(first::set);
        find(b).ifPresent(second::set);
    }

    /** Takes the result columns as they are now, keeping the picked ones that remain. */
    public void refreshColumns() {
        Column a = first.get();
        Column b = second.get();
        List<Column> now = new ArrayList<>();
        for (RunColumnViewModel column : results.columns()) {
            RunRecord run = column.runProperty().get();
            if (run != null && now.stream().noneMatch(c -> c.run().id().equals(run.id()))) {
                now.add(new Column(column.titleProperty().get(), run));
            }
        }
        columns.setAll(now);
        first.set(a == null ? now.isEmpty() ? null : now.get(0) : find(a.run()).orElse(null));
        second.set(b == null ? now.size() < 2 ? null : now.get(1) : find(b.run()).orElse(null));
        showStored();
    }

    /**
     * Starts asking the judge about every pair in both orders; verdicts stored before are not asked again.
     *
     * @return false when it could not start, saying why
     */
    public boolean judge() {
        String problem = problem();
        if (!problem.isEmpty()) {
            status.set(problem);
            return false;
        }
        Column a = first.get();
        Column b = second.get();
        String model = choice.modelProperty().get();
        PromptTemplate used = template.get();
        int shared = ModelJudgeService.sharedExplanations(a.run(), b.run());
        task.progressProperty().set(BackgroundTask.INDETERMINATE);
        task.messageProperty().set("Starting…");
        boolean started = task.run("Judge " + shared + " pairs in both orders with " + model, run -> {
            JudgeOutcome outcome = service.judgePairs(model, used, histories.of(a.run()), histories.of(b.run()),
                    (done, total, note) -> run.onUi(() -> {
                        task.progressProperty().set((double) done / total);
                        task.messageProperty().set(done + " of " + total + " · " + note);
                    }), run.cancellation());
            return new Judged(outcome, service.pairs(model, used, a.run().id(), b.run().id()));
        }, done -> {
            status.set("Pairwise judge " + ModelJudgeService.pairJudgeId(model, used) + ": "
                    + AgreementViewModel.describe(done.outcome()));
            if (a.equals(first.get()) && b.equals(second.get())) {
                show(done.verdicts());
            }
        }, failure -> status.set("Pairwise judging failed: " + failure.getMessage()));
        if (!started) {
            status.set("A pairwise judge is already at work; wait for it or cancel it in the status bar.");
        }
        return started;
    }

    /** Why the picked columns cannot be judged in pairs, empty when they can. */
    private String problem() {
        Column a = first.get();
        Column b = second.get();
        if (a == null || b == null) {
            return "Pick two result columns that have their answers.";
        }
        if (a.run().id().equals(b.run().id())) {
            return "Pick two different columns: a column compared with itself says nothing.";
        }
        if (!Objects.equals(a.run().profileId(), b.run().profileId())) {
            return "The two columns are for different users (" + a.run().profileName() + ", "
                    + b.run().profileName() + "): pairs compare two explanations of the same item for the same"
                    + " user. Pick two columns of one profile.";
        }
        if (ModelJudgeService.sharedExplanations(a.run(), b.run()) == 0) {
            return "The two columns share no explained item, so there is no pair to judge.";
        }
        return choice.missing();
    }

    /** The plan for the picked columns, and the verdicts this judge already gave on them. */
    private void showStored() {
        String problem = problem();
        Column a = first.get();
        Column b = second.get();
        if (problem.isEmpty()) {
            int shared = ModelJudgeService.sharedExplanations(a.run(), b.run());
            plan.set(shared + (shared == 1 ? " item" : " items") + " both columns explain: " + 2 * shared
                    + " calls to " + choice.modelProperty().get() + " (" + template.get().id() + " v"
                    + template.get().version() + "), each pair asked with either explanation first; verdicts"
                    + " given before are not asked again.");
        } else {
            plan.set(problem);
        }
        int asked = ++shownAsked;
        if (a == null || b == null || choice.modelProperty().get() == null || choice.modelProperty().get().isBlank()) {
            show(List.of());
            return;
        }
        String model = choice.modelProperty().get();
        PromptTemplate used = template.get();
        background.run("read pairwise verdicts", () -> service.pairs(model, used, a.run().id(), b.run().id()),
                verdicts -> {
                    if (asked == shownAsked) {
                        show(verdicts);
                    }
                }, failure -> status.set("Could not read the stored verdicts: " + failure.getMessage()));
    }

    private void show(List<PairJudgement> verdicts) {
        Column a = first.get();
        Column b = second.get();
        if (verdicts.isEmpty() || a == null || b == null) {
            wins.set("");
            biased.set(false);
            bias.set("");
            consistency.set("");
            pairs.clear();
            return;
        }
        PairwiseSummary summary = PairwiseSummary.of(verdicts);
        wins.set("A (" + a + ") won " + summary.wins(a.run().id()) + " · B (" + b + ") won "
                + summary.wins(b.run().id()) + " · ties " + summary.ties() + " · of " + summary.judgements()
                + " verdicts");
        biased.set(summary.positionBias().significant());
        bias.set(describe(summary.positionBias()));
        consistency.set(describeConsistency(summary));
        pairs.setAll(rows(verdicts, a.run().id()));
    }

    static String describe(PositionBias bias) {
        if (bias.decisiveVotes() == 0) {
            return "Position bias: no decisive verdict yet.";
        }
        return String.format(Locale.ROOT, "Position bias: the explanation shown first won %d of %d decisive"
                        + " verdicts (%.0f%%, 95%% interval %.0f–%.0f%%), %+.0f points from the 50%% of a judge"
                        + " without position bias — %s", bias.leftVotes(), bias.decisiveVotes(),
                100 * bias.leftShare(), 100 * bias.lower(), 100 * bias.upper(), 100 * (bias.leftShare() - 0.5),
                !bias.significant() ? "within chance: no clear position bias."
                        : bias.leftShare() > 0.5 ? "biased: this judge favours the first position."
                        : "biased: this judge favours the second position.");
    }

    static String describeConsistency(PairwiseSummary summary) {
        PositionBias bias = summary.positionBias();
        if (bias.swappedPairs() == 0) {
            return "Self-consistency: no pair got a winner in both orders yet.";
        }
        return String.format(Locale.ROOT, "Self-consistency: %d of %d pairs (%.0f%%) kept the same winner when the"
                + " order was swapped.", bias.consistentPairs(), bias.swappedPairs(), 100 * summary.selfConsistency());
    }

    /** One row per pair, in the order the pairs were first judged. */
    private static List<PairRow> rows(List<PairJudgement> verdicts, String firstRunId) {
        Map<String, PairJudgement[]> byPair = new LinkedHashMap<>();
        for (PairJudgement j : verdicts) {
            byPair.computeIfAbsent(j.pairKey(), k -> new PairJudgement[2])[j.firstRunId().equals(firstRunId) ? 0 : 1]
                    = j;
        }
        List<PairRow> rows = new ArrayList<>();
        for (PairJudgement[] pair : byPair.values()) {
            PairJudgement any = pair[0] != null ? pair[0] : pair[1];
            String shownFirst = winner(pair[0], firstRunId);
            String shownSecond = winner(pair[1], firstRunId);
            String swap = pair[0] == null || pair[1] == null ? "not asked both ways"
                    : shownFirst.equals(shownSecond) ? "kept" : "changed";
            rows.add(new PairRow(any.itemTitle(), shownFirst, shownSecond, swap,
                    (reason("A first", pair[0]) + reason("B first", pair[1])).strip()));
        }
        return rows;
    }

    private static String winner(PairJudgement verdict, String firstRunId) {
        if (verdict == null) {
            return "–";
        }
        return verdict.winnerRunId().map(id -> id.equals(firstRunId) ? "A" : "B").orElse("tie");
    }

    private static String reason(String order, PairJudgement verdict) {
        return verdict == null || verdict.reason().isBlank() ? "" : order + ": " + verdict.reason() + "  ";
    }

    private Optional<Column> find(RunRecord run) {
        return columns.stream().filter(c -> c.run().id().equals(run.id())).findFirst();
    }

    private record Judged(JudgeOutcome outcome, List<PairJudgement> verdicts) {
    }
}
