package org.llm4rec.explorer.ui.compare;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.compare.RankedList;
import org.llm4rec.explorer.domain.compare.Stability;

/**
 * The stability of repeats of one configuration: each item's presence in the top k of every repeat (a heat
 * strip), and the explanations of a chosen item, identical ones grouped with counts.
 */
public final class StabilityViewModel {
    private final String name;
    private final List<RunRecord> repeats;
    private final List<RankedList> lists;
    private final IntegerProperty k;
    private final ReadOnlyObjectWrapper<Stability> stability = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Stability.ItemFrequency> items = FXCollections.observableArrayList();
    private final ObjectProperty<Stability.ItemFrequency> selected = new SimpleObjectProperty<>();
    private final ObservableList<Stability.ExplanationCount> explanations = FXCollections.observableArrayList();

    /** Repeats named by their strategy id and model. */
    public StabilityViewModel(List<RunRecord> repeats, int k) {
        this(repeats.isEmpty() ? "No repeats" : repeats.get(0).strategyId() + " · " + repeats.get(0).model(),
                repeats, k);
    }

    public StabilityViewModel(String name, List<RunRecord> repeats, int k) {
        this.name = name;
        this.repeats = List.copyOf(repeats);
        this.lists = this.repeats.stream().map(run -> RankedList.of(run.recommendations())).toList();
        this.k = new SimpleIntegerProperty(k);
        this.k.addListener(o -> recompute());
        selected.addListener((o, old, item) -> explanations.setAll(item == null ? List.of() : item.explanations()));
        recompute();
    }

    private void recompute() {
        Stability now = Stability.of(lists, Math.max(1, k.get()));
        Stability.ItemFrequency before = selected.get();
        stability.set(now);
        items.setAll(now.items());
        selected.set(now.items().stream().filter(i -> before != null && i.key().equals(before.key())).findFirst()
                .orElse(now.items().isEmpty() ? null : now.items().get(0)));
    }

    public String name() {
        return name;
    }

    /** The repeats' seeds in order, as text ("?" where a run sent none). */
    public List<String> seeds() {
        return repeats.stream().map(run -> run.options() == null ? null : run.options().seed())
                .map(seed -> Objects.toString(seed, "?")).toList();
    }

    public int repeatCount() {
        return repeats.size();
    }

    public IntegerProperty kProperty() {
        return k;
    }

    public ReadOnlyObjectProperty<Stability> stabilityProperty() {
        return stability.getReadOnlyProperty();
    }

    /** The items that reached the top k of any repeat, most frequent first. */
    public ObservableList<Stability.ItemFrequency> items() {
        return items;
    }

    /** The item whose explanations are shown; the most frequent one at first. */
    public ObjectProperty<Stability.ItemFrequency> selectedProperty() {
        return selected;
    }

    /** The selected item's explanations, identical ones grouped, most frequent first. */
    public ObservableList<Stability.ExplanationCount> explanations() {
        return explanations;
    }
}
