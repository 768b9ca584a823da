package org.llm4rec.explorer.ui.results;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * One comparison column: header with its tools and configuration, live state and metrics, the streamed answer,
 * then the grounded list; or, collapsed, a narrow strip. What it follows on the comparison and on its column is
 * let go by {@link #dispose()}, so that a closed column is not kept alive by the objects it watched.
 */
final class RunColumnView extends VBox {

    private final VBox full = new VBox(6);
    private final VBox strip = new VBox(6);
    private Subscription subscriptions = Subscription.EMPTY;

    RunColumnView(RunColumnViewModel model, ResultsViewModel results, CardExtension extension) {
        getStyleClass().add("run-column");
        setUserData(model);
        setSpacing(6);
        HBox.setHgrow(this, Priority.ALWAYS);
        Runnable onRunAgain = () -> results.runAgain(model);

        Label title = new Label();
        title.getStyleClass().add("column-title");
        title.textProperty().bind(model.titleProperty());
        title.setMinWidth(0);
        Label subtitle = new Label();
        subtitle.getStyleClass().add("muted");
        subtitle.textProperty().bind(model.subtitleProperty());
        Label configuration = new Label();
        configuration.getStyleClass().addAll("muted", "column-configuration");
        configuration.setWrapText(true);
        configuration.setMinHeight(Region.USE_PREF_SIZE);
        configuration.textProperty().bind(model.configurationProperty().map(ColumnEditorViewModel::summary));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label cached = new Label("cached");
        cached.getStyleClass().addAll("badge", "badge-cached");
        cached.setTooltip(new Tooltip("Answered from the response cache: the same model digest, prompt and options "
                + "were asked before. Tick \"Ask the model even if the answer is cached\" to ask again."));
        cached.visibleProperty().bind(model.cachedProperty());
        cached.managedProperty().bind(model.cachedProperty());

        BooleanBinding busy = model.stateProperty().isEqualTo(RunColumnViewModel.State.RUNNING)
                .or(model.stateProperty().isEqualTo(RunColumnViewModel.State.WAITING));
        Button run = tool("Run", "runColumn", "Run this column alone (same profile; after Run all, the same"
                + " candidates)", () -> results.runColumn(model));
        run.disableProperty().bind(busy);
        ColumnEditorViewModel editing = new ColumnEditorViewModel(model.configurationProperty(), results.context());
        ColumnEditor editor = new ColumnEditor(editing, results.context());
        editor.setVisible(false);
        editor.managedProperty().bind(editor.visibleProperty());
        Button edit = tool("✎", "editColumn", "Change the strategy, model and options of this column", () -> {
            editing.reset(results.context());
            editor.setVisible(!editor.isVisible());
        });
        follow(model.configurationProperty().subscribe((old, now) -> editor.setVisible(false)));
        Button duplicate = tool("❏", "duplicateColumn", "Duplicate this column (its configuration, not run)",
                () -> results.duplicate(model));
        Button left = tool("◀", "moveLeft", "Move left", () -> results.move(model, -1));
        Button right = tool("▶", "moveRight", "Move right", () -> results.move(model, 1));
        left.getStyleClass().add("move");
        right.getStyleClass().add("move");
        Button collapse = tool("⊟", "collapseColumn", "Collapse to a narrow strip",
                () -> model.collapsedProperty().set(true));
        Button focus = tool("⤢", "focusColumn", "Show only this column, full width (press again for all)",
                () -> results.focus(results.focusedProperty().get() == model ? null : model));
        follow(results.focusedProperty().subscribe(now -> focus.setText(now == model ? "⤡" : "⤢")));
        Button close = tool("✕", "removeColumn", "Remove this column (a running answer is cancelled)",
                () -> results.remove(model));
        HBox tools = new HBox(0, cached, spacer, run, edit, duplicate, left, right, collapse, focus, close);
        tools.setAlignment(Pos.CENTER_LEFT);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        VBox header = new VBox(2, tools, title, subtitle);
        header.getStyleClass().add("column-header");

        BooleanBinding running = model.stateProperty().isEqualTo(RunColumnViewModel.State.RUNNING);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(running);
        spinner.managedProperty().bind(running);
        Label message = new Label();
        message.getStyleClass().add("run-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        java.util.function.Consumer<RunColumnViewModel.State> styleMessage = now -> {
            message.getStyleClass().removeAll("error", "success");
            switch (now) {
                case FAILED, PARSE_FAILED, CANCELLED -> message.getStyleClass().add("error");
                case COMPLETED -> message.getStyleClass().add("success");
                default -> { }
            }
        };
        follow(model.stateProperty().subscribe(styleMessage));
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().add("cancel-column");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.visibleProperty().bind(busy);
        cancel.managedProperty().bind(busy);
        cancel.setOnAction(e -> model.cancel());
        Button pull = new Button();
        pull.getStyleClass().add("pull-offer");
        pull.setMinWidth(Region.USE_PREF_SIZE);
        pull.textProperty().bind(model.missingModelProperty().map(name -> "Pull " + name));
        BooleanBinding offersPull = model.missingModelProperty().isNotEmpty();
        pull.visibleProperty().bind(offersPull);
        pull.managedProperty().bind(offersPull);
        pull.setOnAction(e -> model.pullMissingModel());
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox state = new HBox(6, spinner, message, cancel, pull);
        state.setAlignment(Pos.CENTER_LEFT);

        Label metrics = new Label();
        metrics.getStyleClass().addAll("metrics", "muted");
        metrics.setWrapText(true);
        metrics.setMinHeight(Region.USE_PREF_SIZE);
        metrics.textProperty().bind(model.metricsProperty());
        metrics.setTooltip(new Tooltip("First token: time until the first text arrived. Total: the whole answer."
                + "\nLoad: the server's model load time. Tokens and tokens per second come from the server."));
        metrics.managedProperty().bind(model.metricsProperty().isNotEmpty());

        CardGrid cards = new CardGrid(() -> subtitle.getFont().getSize());
        cards.setPadding(new Insets(6));
        Runnable showCards = () -> cards.show(model.recommendations().stream()
                .map(r -> new RecommendationCard(model.runProperty().get(), r,
                        extension.create(model.runProperty().get(), r))).toList());
        follow(model.recommendations().subscribe(showCards));
        showCards.run();
        ScrollPane list = new ScrollPane(cards);
        list.setFitToWidth(true);
        list.getStyleClass().add("recommendation-list");
        TextArea live = new TextArea();
        live.getStyleClass().add("raw-text");
        live.setEditable(false);
        live.setWrapText(true);
        // Follow the stream as it grows, the way a terminal does.
        Runnable toEnd = () -> live.setScrollTop(Double.MAX_VALUE);
        follow(model.streamed().subscribe(text -> {
            live.setText(text);
            toEnd.run();
        }, part -> {
            live.appendText(part);
            toEnd.run();
        }));
        BooleanBinding hasList = Bindings.isNotEmpty(model.recommendations());
        list.visibleProperty().bind(hasList);
        live.visibleProperty().bind(hasList.not());
        StackPane body = new StackPane(live, list);
        VBox.setVgrow(body, Priority.ALWAYS);

        TitledPane thinking = collapsed("Thinking", model.thinking());
        thinking.visibleProperty().bind(model.thinking().emptyProperty().not());
        thinking.managedProperty().bind(thinking.visibleProperty());
        TitledPane raw = collapsed("Raw answer", model.streamed());
        raw.visibleProperty().bind(hasList);
        raw.managedProperty().bind(hasList);
        TitledPane prompt = collapsed("Prompt sent", model.promptProperty());
        TitledPane steps = collapsed("Candidates and steps", model.stepsProperty());
        steps.setId("runSteps");
        steps.visibleProperty().bind(model.stepsProperty().isNotEmpty());
        steps.managedProperty().bind(steps.visibleProperty());

        full.getChildren().addAll(header, configuration, editor, staleBanner(model, onRunAgain), repeatStepper(model),
                state, metrics, body, thinking, raw, prompt, steps);
        VBox.setVgrow(full, Priority.ALWAYS);
        buildStrip(model);
        getChildren().addAll(full, strip);
        follow(model.collapsedProperty().subscribe(this::showCollapsed));
    }

    /** Stops following the column and the comparison; the view is not shown again after this. */
    void dispose() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
    }

    private void follow(Subscription subscription) {
        subscriptions = subscriptions.and(subscription);
    }

    /** A collapsed column keeps its place as a narrow strip with its title written upwards. */
    private void buildStrip(RunColumnViewModel model) {
        Button expand = tool("▸", "expandColumn", "Show this column again", () -> model.collapsedProperty().set(false));
        Label name = new Label();
        name.textProperty().bind(model.titleProperty().concat("  ·  ").concat(model.stateProperty()
                .map(s -> s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))));
        name.setRotate(-90);
        name.getStyleClass().add("column-title");
        strip.getChildren().addAll(expand, new Group(name));
        strip.setAlignment(Pos.TOP_CENTER);
    }

    private void showCollapsed(boolean collapsed) {
        full.setVisible(!collapsed);
        full.setManaged(!collapsed);
        strip.setVisible(collapsed);
        strip.setManaged(collapsed);
        setMinWidth(collapsed ? 44 : 320);
        setPrefWidth(collapsed ? 44 : 460);
        setMaxWidth(collapsed ? 44 : Double.MAX_VALUE);
        HBox.setHgrow(this, collapsed ? Priority.NEVER : Priority.ALWAYS);
        getStyleClass().remove("collapsed");
        if (collapsed) {
            getStyleClass().add("collapsed");
        }
    }

    /** "◀ Repeat 2 of 3 ▶" when the column ran its configuration more than once. */
    private Node repeatStepper(RunColumnViewModel model) {
        Label which = new Label();
        which.setId("repeatLabel");
        Button previous = tool("◀", "previousRepeat", "Previous repeat",
                () -> model.showRepeat(model.shownRepeatProperty().get() - 1));
        Button next = tool("▶", "nextRepeat", "Next repeat",
                () -> model.showRepeat(model.shownRepeatProperty().get() + 1));
        Runnable update = () -> {
            int shown = model.shownRepeatProperty().get();
            which.setText("Repeat " + (shown + 1) + " of " + model.repeats().size()
                    + (shown >= 0 && shown < model.repeats().size()
                    ? " · seed " + model.repeats().get(shown).options().seed() : ""));
            previous.setDisable(shown <= 0);
            next.setDisable(shown >= model.repeats().size() - 1);
        };
        follow(Subscription.combine(model.shownRepeatProperty().subscribe(update),
                model.repeats().subscribe(update)));
        update.run();
        HBox stepper = new HBox(6, previous, which, next);
        stepper.setAlignment(Pos.CENTER_LEFT);
        stepper.getStyleClass().add("repeat-stepper");
        BooleanBinding several = Bindings.size(model.repeats()).greaterThan(1);
        stepper.visibleProperty().bind(several);
        stepper.managedProperty().bind(several);
        return stepper;
    }

    private static Button tool(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().addAll("flat", "column-tool");
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Says when the profile changed after this run; the results stay for comparison, re-running is one click. */
    private Node staleBanner(RunColumnViewModel model, Runnable onRunAgain) {
        Label text = new Label("Stale: the profile changed after this run.");
        text.setWrapText(true);
        Button again = new Button("Run again");
        again.getStyleClass().addAll("small", "run-again");
        again.setTooltip(new Tooltip("Same strategy, model and options on the profile as it is now, in a new"
                + " column; this one stays for comparison."));
        again.setOnAction(e -> onRunAgain.run());
        again.setVisible(model.canRunAgain());
        again.setManaged(model.canRunAgain());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox banner = new HBox(6, text, again);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("stale-banner");
        banner.visibleProperty().bind(model.staleProperty());
        banner.managedProperty().bind(model.staleProperty());
        follow(model.staleProperty().subscribe(stale -> {
            getStyleClass().remove("stale");
            if (stale) {
                getStyleClass().add("stale");
            }
        }));
        return banner;
    }

    private TitledPane collapsed(String title, javafx.beans.value.ObservableValue<String> text) {
        TextArea area = collapsedArea();
        area.textProperty().bind(text);
        return collapsed(title, area);
    }

    private TitledPane collapsed(String title, StreamedText text) {
        TextArea area = collapsedArea();
        follow(text.subscribe(area::setText, area::appendText));
        return collapsed(title, area);
    }

    private TextArea collapsedArea() {
        TextArea area = new TextArea();
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("raw-text");
        // Opened, the text takes half the column (six lines at least), and the cards above scroll in the rest.
        area.setPrefRowCount(6);
        area.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(area.prefHeight(-1), getHeight() / 2), heightProperty()));
        return area;
    }

    private static TitledPane collapsed(String title, TextArea area) {
        TitledPane pane = new TitledPane(title, area);
        pane.setExpanded(false);
        pane.setAnimated(false);
        pane.expandedProperty().addListener((o, was, open) -> VBox.setVgrow(pane, open ? Priority.ALWAYS : null));
        return pane;
    }
}
