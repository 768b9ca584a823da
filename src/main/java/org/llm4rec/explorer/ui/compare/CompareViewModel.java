package org.llm4rec.explorer.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.run.RunStatus;
import org.llm4rec.explorer.domain.compare.DiffSegment;
import org.llm4rec.explorer.domain.compare.ItemKey;
import org.llm4rec.explorer.domain.compare.KendallTau;
import org.llm4rec.explorer.domain.compare.RankBiasedOverlap;
import org.llm4rec.explorer.domain.compare.RankShift;
import org.llm4rec.explorer.domain.compare.RankedList;
import org.llm4rec.explorer.domain.compare.RepeatGroups;
import org.llm4rec.explorer.domain.compare.SharedItems;
import org.llm4rec.explorer.domain.compare.TopKOverlap;
import org.llm4rec.explorer.domain.compare.WordDiff;
import org.llm4rec.explorer.ui.results.RunColumnViewModel;

/**
 * Compares the completed result columns: an overlap matrix at a depth k, and for a chosen pair Kendall's τ, RBO,
 * rank shifts and word diffs of the prompts and of one shared item's explanations. It follows the columns live:
 * a column joins when its run completes and leaves when it is removed.
 */
public final class CompareViewModel {
    /** The depths offered for overlap, Jaccard, τ and the shared items. */
    public static final List<Integer> DEPTHS = List.of(1, 5, 10, 20);

    /**
     * One cell of the overlap matrix.
     *
     * @param shared  items the two top-k lists have in common
     * @param overlap overlap@k
     * @param jaccard Jaccard@k
     */
    public record OverlapCell(int shared, double overlap, double jaccard) {
    }

    /**
     * Columns whose runs are repeats of one configuration.
     *
     * @param name what the repeats ran, and which columns they are
     * @param runs the repeats, in column order
     */
    public record RepeatGroup(String name, List<RunRecord> runs) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final ObservableList<RunColumnViewModel> source;
    private final InvalidationListener columnChanged = o -> refresh();
    private final ObservableList<ComparedColumn> columns = FXCollections.observableArrayList();
    private final IntegerProperty k = new SimpleIntegerProperty(10);
    private final ObjectProperty<ComparedColumn> first = new SimpleObjectProperty<>();
    private final ObjectProperty<ComparedColumn> second = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<List<OverlapCell>>> matrix = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<OptionalDouble> tau = new ReadOnlyObjectWrapper<>(OptionalDouble.empty());
    private final ReadOnlyObjectWrapper<OptionalDouble> rbo = new ReadOnlyObjectWrapper<>(OptionalDouble.empty());
    private final ReadOnlyObjectWrapper<OverlapCell> pairOverlap = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RankShift> shifts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Set<ItemKey>> sharedByAll = new ReadOnlyObjectWrapper<>(Set.of());
    private final ObservableList<RankedList.Entry> sharedByAllItems = FXCollections.observableArrayList();
    private final ObservableList<RankedList.Entry> pairItems = FXCollections.observableArrayList();
    private final ObjectProperty<ItemKey> explainedItem = new SimpleObjectProperty<>();
    private final ObservableList<DiffSegment> promptDiff = FXCollections.observableArrayList();
    private final ObservableList<DiffSegment> explanationDiff = FXCollections.observableArrayList();
    private final ObservableList<RepeatGroup> repeatGroups = FXCollections.observableArrayList();
    private final ObjectProperty<RepeatGroup> chosenGroup = new SimpleObjectProperty<>();

    public CompareViewModel(ObservableList<RunColumnViewModel> resultColumns) {
        this.source = resultColumns;
        resultColumns.forEach(this::watch);
        resultColumns.addListener((ListChangeListener<RunColumnViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::unwatch);
                change.getAddedSubList().forEach(this::watch);
            }
            refresh();
        });
        k.addListener(o -> recomputeAll());
        first.addListener(o -> recomputePair());
        second.addListener(o -> recomputePair());
        explainedItem.addListener(o -> recomputeExplanationDiff());
        refresh();
    }

    private void watch(RunColumnViewModel column) {
        column.runProperty().addListener(columnChanged);
        column.titleProperty().addListener(columnChanged);
        column.repeats().addListener(columnChanged);
    }

    private void unwatch(RunColumnViewModel column) {
        column.runProperty().removeListener(columnChanged);
        column.titleProperty().removeListener(columnChanged);
        column.repeats().removeListener(columnChanged);
    }

    /** Rebuilds the compared columns from the result columns, keeping the chosen pair when its runs remain. */
    private void refresh() {
        List<ComparedColumn> completed = new ArrayList<>();
        for (RunColumnViewModel column : source) {
            RunRecord run = column.runProperty().get();
            if (run != null && run.status() == RunStatus.COMPLETED) {
                completed.add(ComparedColumn.of(completed.size(), column.titleProperty().get(), run));
            }
        }
        String firstRun = runId(first.get());
        String secondRun = runId(second.get());
        columns.setAll(completed);
        ComparedColumn newFirst = find(firstRun).orElse(completed.isEmpty() ? null : completed.get(0));
        ComparedColumn newSecond = find(secondRun).filter(c -> c != newFirst)
                .orElse(completed.stream().filter(c -> c != newFirst).findFirst().orElse(null));
        first.set(newFirst);
        second.set(newSecond);
        RunRecord chosenRepeat = chosenGroup.get() == null ? null : chosenGroup.get().runs().get(0);
        List<RepeatGroup> groups = new ArrayList<>(RepeatGroups.of(completed.stream().map(ComparedColumn::run)
                .toList()).stream().map(this::describe).toList());
        groups.addAll(withinColumns());
        repeatGroups.setAll(groups);
        chosenGroup.set(repeatGroups.stream()
                .filter(g -> chosenRepeat != null && g.runs().contains(chosenRepeat)).findFirst()
                .orElse(repeatGroups.isEmpty() ? null : repeatGroups.get(0)));
        recomputeAll();
    }

    /** A column run with repeats holds them itself: each such column is a group of its own. */
    private List<RepeatGroup> withinColumns() {
        List<RepeatGroup> groups = new ArrayList<>();
        for (RunColumnViewModel column : source) {
            List<RunRecord> done = column.repeats().stream().filter(r -> r.status() == RunStatus.COMPLETED).toList();
            if (done.size() > 1) {
                groups.add(new RepeatGroup(column.titleProperty().get() + " – " + done.size()
                        + " repeats in one column", done));
            }
        }
        return groups;
    }

    private RepeatGroup describe(List<RunRecord> runs) {
        List<String> letters = columns.stream().filter(c -> runs.contains(c.run())).map(ComparedColumn::letter)
                .toList();
        ComparedColumn one = columns.stream().filter(c -> c.run() == runs.get(0)).findFirst().orElseThrow();
        return new RepeatGroup(one.name() + " – " + runs.size() + " repeats (" + String.join(", ", letters) + ")",
                runs);
    }

    private Optional<ComparedColumn> find(String runId) {
        return columns.stream().filter(c -> c.run().id().equals(runId)).findFirst();
    }

    private static String runId(ComparedColumn column) {
        return column == null ? null : column.run().id();
    }

    private void recomputeAll() {
        int depth = k.get();
        List<List<OverlapCell>> rows = new ArrayList<>();
        for (ComparedColumn row : columns) {
            rows.add(columns.stream().map(col -> cell(row.list(), col.list(), depth)).toList());
        }
        matrix.set(List.copyOf(rows));
        Set<ItemKey> shared = columns.size() < 2 ? Set.of()
                : SharedItems.inAll(columns.stream().map(ComparedColumn::list).toList(), depth);
        sharedByAll.set(shared);
        sharedByAllItems.setAll(columns.isEmpty() ? List.of() : columns.get(0).list().entries().stream()
                .filter(e -> shared.contains(e.key())).toList());
        recomputePair();
    }

    private static OverlapCell cell(RankedList a, RankedList b, int depth) {
        return new OverlapCell(TopKOverlap.shared(a, b, depth), TopKOverlap.overlap(a, b, depth),
                TopKOverlap.jaccard(a, b, depth));
    }

    private void recomputePair() {
        ComparedColumn a = first.get();
        ComparedColumn b = second.get();
        if (a == null || b == null) {
            tau.set(OptionalDouble.empty());
            rbo.set(OptionalDouble.empty());
            pairOverlap.set(null);
            shifts.clear();
            pairItems.clear();
            promptDiff.clear();
            explainedItem.set(null);
            explanationDiff.clear();
            return;
        }
        tau.set(KendallTau.atK(a.list(), b.list(), k.get()));
        rbo.set(OptionalDouble.of(RankBiasedOverlap.extrapolated(a.list(), b.list())));
        pairOverlap.set(cell(a.list(), b.list(), k.get()));
        shifts.setAll(RankShift.between(a.list(), b.list()));
        promptDiff.setAll(WordDiff.between(a.run().prompt(), b.run().prompt()));
        ItemKey chosen = explainedItem.get();
        pairItems.setAll(a.list().entries().stream().filter(e -> b.list().contains(e.key())).toList());
        boolean stillShared = pairItems.stream().anyMatch(e -> e.key().equals(chosen));
        explainedItem.set(stillShared ? chosen : pairItems.isEmpty() ? null : pairItems.get(0).key());
        recomputeExplanationDiff();
    }

    private void recomputeExplanationDiff() {
        ItemKey item = explainedItem.get();
        if (item == null || first.get() == null || second.get() == null) {
            explanationDiff.clear();
            return;
        }
        explanationDiff.setAll(WordDiff.between(explanation(first.get(), item), explanation(second.get(), item)));
    }

    private static String explanation(ComparedColumn column, ItemKey item) {
        return column.list().entries().stream().filter(e -> e.key().equals(item)).findFirst()
                .map(RankedList.Entry::explanation).orElse("");
    }

    /** A view model of the stability of one group of repeats, at the depth chosen here. */
    public StabilityViewModel stability(RepeatGroup group) {
        return new StabilityViewModel(group.name(), group.runs(), k.get());
    }

    /** Picks the pair shown in detail, e.g. from a matrix cell; the same column twice is ignored. */
    public void choosePair(ComparedColumn a, ComparedColumn b) {
        if (a != null && b != null && !Objects.equals(a, b)) {
            first.set(a);
            second.set(b);
        }
    }

    /** The completed columns, in column order. */
    public ObservableList<ComparedColumn> columns() {
        return columns;
    }

    /** The depth k: one of {@link #DEPTHS}. */
    public IntegerProperty kProperty() {
        return k;
    }

    public ObjectProperty<ComparedColumn> firstProperty() {
        return first;
    }

    public ObjectProperty<ComparedColumn> secondProperty() {
        return second;
    }

    /** Row i, column j compares columns().get(i) with columns().get(j) at depth k. */
    public ReadOnlyObjectProperty<List<List<OverlapCell>>> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    /** Kendall τ-b of the pair at depth k; empty when undefined or no pair is chosen. */
    public ReadOnlyObjectProperty<OptionalDouble> tauProperty() {
        return tau.getReadOnlyProperty();
    }

    /** RBO_ext (p = 0.9) of the pair's whole lists; empty when no pair is chosen. */
    public ReadOnlyObjectProperty<OptionalDouble> rboProperty() {
        return rbo.getReadOnlyProperty();
    }

    /** Overlap and Jaccard of the pair at depth k; null when no pair is chosen. */
    public ReadOnlyObjectProperty<OverlapCell> pairOverlapProperty() {
        return pairOverlap.getReadOnlyProperty();
    }

    /** Every item of the pair's lists with its position in each. */
    public ObservableList<RankShift> shifts() {
        return shifts;
    }

    /** Items in the top k of every compared column (none with fewer than two columns). */
    public ReadOnlyObjectProperty<Set<ItemKey>> sharedByAllProperty() {
        return sharedByAll.getReadOnlyProperty();
    }

    /** The same items as {@link #sharedByAllProperty()}, with titles, in the first column's order. */
    public ObservableList<RankedList.Entry> sharedByAllItems() {
        return sharedByAllItems;
    }

    /** Items both columns of the pair hold: the choices for the explanation diff. */
    public ObservableList<RankedList.Entry> pairItems() {
        return pairItems;
    }

    public ObjectProperty<ItemKey> explainedItemProperty() {
        return explainedItem;
    }

    /** The first column's prompt turned into the second's. */
    public ObservableList<DiffSegment> promptDiff() {
        return promptDiff;
    }

    /** The first column's explanation of the chosen item turned into the second's. */
    public ObservableList<DiffSegment> explanationDiff() {
        return explanationDiff;
    }

    /** The group of repeats whose stability is offered; the first group until another is chosen. */
    public ObjectProperty<RepeatGroup> chosenGroupProperty() {
        return chosenGroup;
    }

    /** Groups of compared columns that are repeats of one configuration (seeds differ). */
    public ObservableList<RepeatGroup> repeatGroups() {
        return repeatGroups;
    }
}
