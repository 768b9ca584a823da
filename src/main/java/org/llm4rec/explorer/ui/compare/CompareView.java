package org.llm4rec.explorer.ui.compare;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.llm4rec.explorer.domain.compare.RankedList;
import org.llm4rec.explorer.ui.compare.CompareViewModel.OverlapCell;

/**
 * Across columns: the overlap matrix, τ and RBO of a chosen pair, its rank shifts, the items every column shares,
 * and word diffs of the pair's prompts and explanations.
 */
public final class CompareView extends BorderPane {
    private final CompareViewModel model;
    private final GridPane matrix = new GridPane();
    private final RankShiftChart chart = new RankShiftChart();

    /**
     * @param model         what to show
     * @param openStability shows the stability of a group of repeats
     * @param judging       model judging of the columns' explanations
     */
    public CompareView(CompareViewModel model, Consumer<CompareViewModel.RepeatGroup> openStability,
                       JudgeActions judging) {
        this.model = model;
        getStyleClass().add("compare-view");
        setPrefSize(1300, 820);
        setTop(toolbar(openStability, judging));

        matrix.setId("overlapMatrix");
        matrix.getStyleClass().add("overlap-matrix");
        model.matrixProperty().addListener(o -> drawMatrix());
        drawMatrix();
        VBox left = new VBox(10, heading("Overlap@k (upper right) and Jaccard@k (lower left)"), matrix,
                muted("Click a cell to compare those two columns below."),
                heading("In the top k of every column"), sharedByAll());
        left.setPadding(new Insets(12));
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);

        model.shifts().addListener((ListChangeListener<Object>) c -> drawChart());
        model.sharedByAllProperty().addListener(o -> drawChart());
        drawChart();
        ScrollPane chartScroll = new ScrollPane(chart);
        chartScroll.setFitToWidth(true);
        VBox shiftsBox = new VBox(6, heading("Rank shifts between the pair"), legend(), chartScroll);
        VBox.setVgrow(chartScroll, Priority.ALWAYS);
        shiftsBox.setPadding(new Insets(12));

        SplitPane upper = new SplitPane(leftScroll, shiftsBox);
        upper.setDividerPositions(0.42);
        SplitPane body = new SplitPane(upper, diffs());
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.62);

        Label placeholder = new Label("Compare needs two completed result columns. Run a strategy twice (another"
                + " model, strategy or seed), and each column appears here as soon as it completes.");
        placeholder.setId("comparePlaceholder");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(520);
        placeholder.getStyleClass().add("compare-placeholder");
        placeholder.visibleProperty().bind(Bindings.size(model.columns()).lessThan(2));
        body.visibleProperty().bind(placeholder.visibleProperty().not());
        setCenter(new StackPane(body, placeholder));
    }

    private Node toolbar(Consumer<CompareViewModel.RepeatGroup> openStability, JudgeActions judging) {
        DepthChoice depth = new DepthChoice(model.kProperty(), "depth");
        ComboBox<ComparedColumn> first = columnChoice("firstColumn", model.firstProperty());
        ComboBox<ComparedColumn> second = columnChoice("secondColumn", model.secondProperty());

        Label tau = stat("tauValue", "Kendall τ-b over the union of both top-k lists; an item missing from a "
                + "list counts as tied at rank k+1. 1 = same order, −1 = reversed; – when undefined.");
        tau.textProperty().bind(Bindings.createStringBinding(() -> "τ@" + model.kProperty().get() + "  "
                + format(model.tauProperty().get()), model.tauProperty(), model.kProperty()));
        Label rbo = stat("rboValue", "Rank-biased overlap (extrapolated, persistence p = 0.9) of the whole lists: "
                + "1 = identical, 0 = disjoint; the top ranks weigh most.");
        rbo.textProperty().bind(Bindings.createStringBinding(() -> "RBO  " + format(model.rboProperty().get()),
                model.rboProperty()));
        Label overlap = stat("pairOverlap", "Shared items in the two top-k lists, overlap@k = shared / k, and "
                + "Jaccard@k = shared / union.");
        overlap.textProperty().bind(Bindings.createStringBinding(() -> {
            OverlapCell cell = model.pairOverlapProperty().get();
            return cell == null ? "" : String.format(Locale.ROOT, "%d shared · overlap@%d %.2f · Jaccard %.2f",
                    cell.shared(), model.kProperty().get(), cell.overlap(), cell.jaccard());
        }, model.pairOverlapProperty(), model.kProperty()));
        Label citations = stat("citingAbsentHistory", "Explanations that name an item, creator or genre as part of"
                + " the user's history when the history does not hold it, out of the explanations each column gave"
                + " (checked without a model).");
        citations.textProperty().bind(Bindings.createStringBinding(() -> {
            ComparedColumn a = model.firstProperty().get();
            ComparedColumn b = model.secondProperty().get();
            return a == null || b == null ? "" : "Cite absent history  " + a.citingAbsentHistory() + " · "
                    + b.citingAbsentHistory();
        }, model.firstProperty(), model.secondProperty()));

        ComboBox<CompareViewModel.RepeatGroup> groups = new ComboBox<>(model.repeatGroups());
        groups.setId("repeatGroups");
        groups.setPromptText("No repeats among the columns");
        groups.setPrefWidth(300);
        groups.setMinWidth(140);
        groups.valueProperty().bindBidirectional(model.chosenGroupProperty());
        Button stability = fixed(new Button("Stability…"));
        stability.setId("openStability");
        stability.setTooltip(new Tooltip("How often each item reaches the top k across repeats of one "
                + "configuration, and its explanations grouped"));
        stability.disableProperty().bind(groups.valueProperty().isNull());
        stability.setOnAction(e -> openStability.accept(groups.getValue()));

        Button judgePair = fixed(new Button("Judge the pair…"));
        judgePair.setId("compareJudgePair");
        judgePair.setTooltip(new Tooltip("A model judges the two columns' explanations of each item they share, in"
                + " both orders, and shows its position bias and self-consistency"));
        judgePair.disableProperty().bind(first.valueProperty().isNull().or(second.valueProperty().isNull()));
        judgePair.setOnAction(e -> judging.judgePair().accept(first.getValue().run(), second.getValue().run()));
        Button judgeAll = fixed(new Button("Judge with a model…"));
        judgeAll.setId("compareJudgeAll");
        judgeAll.setTooltip(new Tooltip("A model scores every explanation of the columns, with a reason shown on"
                + " its card"));
        judgeAll.setOnAction(e -> judging.judgeAll().run());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox choices = new HBox(10, fixed(new Label("Depth k")), depth, new Separator(Orientation.VERTICAL),
                fixed(new Label("Compare")), first, fixed(new Label("with")), second, judgePair, judgeAll);
        choices.setAlignment(Pos.CENTER_LEFT);
        HBox stats = new HBox(10, tau, rbo, overlap, citations, spacer, fixed(new Label("Repeats")), groups, stability);
        stats.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(8, choices, stats);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("compare-toolbar");
        return bar;
    }

    private static <T extends Region> T fixed(T node) {
        node.setMinWidth(Region.USE_PREF_SIZE);
        return node;
    }

    private ComboBox<ComparedColumn> columnChoice(String id, javafx.beans.property.ObjectProperty<ComparedColumn>
            chosen) {
        ComboBox<ComparedColumn> box = new ComboBox<>(model.columns());
        box.setId(id);
        box.setPrefWidth(300);
        box.setMinWidth(120);
        box.valueProperty().bindBidirectional(chosen);
        return box;
    }

    private void drawMatrix() {
        matrix.getChildren().clear();
        List<ComparedColumn> columns = model.columns();
        List<List<OverlapCell>> cells = model.matrixProperty().get();
        for (int j = 0; j < columns.size(); j++) {
            Label head = new Label(columns.get(j).letter());
            head.getStyleClass().add("matrix-head");
            head.setTooltip(new Tooltip(columns.get(j).name()));
            matrix.add(head, j + 1, 0);
        }
        for (int i = 0; i < columns.size() && i < cells.size(); i++) {
            Label row = new Label(columns.get(i).toString());
            row.getStyleClass().add("matrix-row-head");
            row.setMaxWidth(300);
            row.setTooltip(new Tooltip(columns.get(i).name()));
            matrix.add(row, 0, i + 1);
            for (int j = 0; j < columns.size(); j++) {
                matrix.add(cell(i, j, cells.get(i).get(j)), j + 1, i + 1);
            }
        }
    }

    private Label cell(int i, int j, OverlapCell cell) {
        ComparedColumn a = model.columns().get(i);
        ComparedColumn b = model.columns().get(j);
        if (i == j) {
            // A column agrees with itself entirely; overlap@k of a list shorter than k would read as less.
            Label same = new Label("—");
            same.setId("overlap-" + i + "-" + j);
            same.getStyleClass().add("matrix-diagonal");
            same.setTooltip(new Tooltip(a.letter() + " is the same column: it agrees with itself entirely."));
            return same;
        }
        boolean upper = j > i;
        double value = upper ? cell.overlap() : cell.jaccard();
        Label label = new Label(String.format(Locale.ROOT, "%.2f", value));
        label.setId("overlap-" + i + "-" + j);
        label.getStyleClass().add("matrix-cell");
        // Darker for more agreement, so that clusters of similar columns stand out.
        label.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(9, 105, 218, %.2f);",
                0.08 + 0.6 * value));
        label.setTooltip(new Tooltip(String.format(Locale.ROOT, "%s and %s at k = %d: %d shared, overlap %.2f,"
                + " Jaccard %.2f", a.letter(), b.letter(), model.kProperty().get(), cell.shared(), cell.overlap(),
                cell.jaccard())));
        label.setOnMouseClicked(e -> model.choosePair(a, b));
        return label;
    }

    private Node sharedByAll() {
        FlowPane items = new FlowPane(6, 6);
        items.setId("sharedByAll");
        Runnable fill = () -> {
            items.getChildren().setAll(model.sharedByAllItems().stream().map(e -> {
                Label item = new Label(e.label());
                item.getStyleClass().add("shared-item");
                return item;
            }).toList());
            if (model.sharedByAllItems().isEmpty()) {
                items.getChildren().add(muted("No item is in the top k of every column."));
            }
        };
        model.sharedByAllItems().addListener((ListChangeListener<Object>) c -> fill.run());
        fill.run();
        return items;
    }

    private void drawChart() {
        ComparedColumn a = model.firstProperty().get();
        ComparedColumn b = model.secondProperty().get();
        chart.show(model.shifts(), model.sharedByAllProperty().get(), a == null ? "" : a.toString(),
                b == null ? "" : b.toString());
    }

    private Node diffs() {
        ScrollPane prompt = new ScrollPane(new DiffText(model.promptDiff(), "promptDiff"));
        prompt.setFitToWidth(true);

        ComboBox<RankedList.Entry> item = new ComboBox<>(model.pairItems());
        item.setId("explainedItem");
        item.setPrefWidth(320);
        item.setConverter(new StringConverter<>() {
            @Override
            public String toString(RankedList.Entry entry) {
                return entry == null ? "" : entry.label();
            }

            @Override
            public RankedList.Entry fromString(String text) {
                return null;
            }
        });
        item.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(RankedList.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? "No item is in both lists" : entry.label());
            }
        });
        Runnable showChosen = () -> item.setValue(model.pairItems().stream()
                .filter(e -> e.key().equals(model.explainedItemProperty().get())).findFirst().orElse(null));
        model.explainedItemProperty().addListener(o -> showChosen.run());
        model.pairItems().addListener((ListChangeListener<Object>) c -> showChosen.run());
        showChosen.run();
        item.valueProperty().addListener((o, old, entry) -> {
            if (entry != null) {
                model.explainedItemProperty().set(entry.key());
            }
        });
        ScrollPane explanation = new ScrollPane(new DiffText(model.explanationDiff(), "explanationDiff"));
        explanation.setFitToWidth(true);
        VBox.setVgrow(explanation, Priority.ALWAYS);
        HBox chooser = new HBox(8, new Label("Item in both lists"), item);
        chooser.setAlignment(Pos.CENTER_LEFT);
        VBox explanations = new VBox(8, chooser, explanation);
        explanations.setPadding(new Insets(8));

        Tab prompts = new Tab("Prompts: word diff", new VBox(6, diffLegend(), prompt));
        VBox.setVgrow(prompt, Priority.ALWAYS);
        Tab reasons = new Tab("Explanations of one item: word diff", explanations);
        TabPane tabs = new TabPane(prompts, reasons);
        tabs.setId("diffTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private Node diffLegend() {
        Label removed = new Label("struck through: only in the first column");
        removed.getStyleClass().add("legend-removed");
        Label added = new Label("underlined: only in the second column");
        added.getStyleClass().add("legend-added");
        HBox legend = new HBox(16, removed, added);
        legend.setPadding(new Insets(6, 8, 0, 8));
        return legend;
    }

    private static Node legend() {
        Label up = new Label("— moved up");
        up.getStyleClass().add("legend-up");
        Label down = new Label("— moved down");
        down.getStyleClass().add("legend-down");
        Label shared = new Label("in every column");
        shared.getStyleClass().add("shift-item-shared");
        return new HBox(14, up, down, shared, muted("dashed: absent from the other list"));
    }

    private static Label stat(String id, String explanation) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("compare-stat");
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setTooltip(new Tooltip(explanation));
        return label;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("compare-heading");
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        label.setWrapText(true);
        return label;
    }

    static String format(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "–";
    }
}
