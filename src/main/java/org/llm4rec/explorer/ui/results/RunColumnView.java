package org.llm4rec.explorer.ui.results;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
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
import org.llm4rec.explorer.domain.Recommendation;

/** One result column: header, live state and metrics, the streamed answer, then the grounded list. */
final class RunColumnView extends VBox {

    RunColumnView(RunColumnViewModel model, Runnable onClose, Runnable onRunAgain, CardExtension extension) {
        getStyleClass().add("run-column");
        setSpacing(6);
        setPrefWidth(460);
        setMinWidth(360);
        setMaxWidth(760);
        HBox.setHgrow(this, Priority.ALWAYS);

        Label title = new Label();
        title.getStyleClass().add("column-title");
        title.textProperty().bind(model.titleProperty());
        Label subtitle = new Label();
        subtitle.getStyleClass().add("muted");
        subtitle.textProperty().bind(model.subtitleProperty());
        Button close = new Button("✕");
        close.getStyleClass().add("flat");
        close.setTooltip(new Tooltip("Remove this column (a running answer is cancelled)"));
        close.setOnAction(e -> onClose.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label cached = new Label("cached");
        cached.getStyleClass().addAll("badge", "badge-cached");
        cached.setTooltip(new Tooltip("Answered from the response cache: the same model digest, prompt and options "
                + "were asked before. Tick \"Ask the model even if the answer is cached\" to ask again."));
        cached.visibleProperty().bind(model.cachedProperty());
        cached.managedProperty().bind(model.cachedProperty());
        HBox header = new HBox(6, new VBox(2, title, subtitle), cached, spacer, close);

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
        model.stateProperty().addListener((o, old, state) -> {
            message.getStyleClass().removeAll("error", "success");
            switch (state) {
                case FAILED, PARSE_FAILED, CANCELLED -> message.getStyleClass().add("error");
                case COMPLETED -> message.getStyleClass().add("success");
                default -> { }
            }
        });
        Button cancel = new Button("Cancel");
        cancel.visibleProperty().bind(running);
        cancel.managedProperty().bind(running);
        cancel.setOnAction(e -> model.cancel());
        Button pull = new Button();
        pull.getStyleClass().add("pull-offer");
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

        VBox cards = new VBox(10);
        cards.setPadding(new Insets(6));
        Runnable showCards = () -> cards.getChildren()
                .setAll(model.recommendations().stream()
                        .map(r -> new RecommendationCard(r, extension.create(model.runProperty().get(), r))).toList());
        model.recommendations().addListener((ListChangeListener<Recommendation>) change -> showCards.run());
        showCards.run();
        ScrollPane list = new ScrollPane(cards);
        list.setFitToWidth(true);
        list.getStyleClass().add("recommendation-list");
        TextArea live = new TextArea();
        live.getStyleClass().add("raw-text");
        live.setEditable(false);
        live.setWrapText(true);
        live.textProperty().bind(model.streamedProperty());
        // Follow the stream as it grows, the way a terminal does.
        live.textProperty().addListener((o, a, b) -> live.setScrollTop(Double.MAX_VALUE));
        BooleanBinding hasList = Bindings.isNotEmpty(model.recommendations());
        list.visibleProperty().bind(hasList);
        live.visibleProperty().bind(hasList.not());
        StackPane body = new StackPane(live, list);
        VBox.setVgrow(body, Priority.ALWAYS);

        TitledPane thinking = collapsed("Thinking", model.thinkingProperty());
        thinking.visibleProperty().bind(model.thinkingProperty().isNotEmpty());
        thinking.managedProperty().bind(thinking.visibleProperty());
        TitledPane raw = collapsed("Raw answer", model.streamedProperty());
        raw.visibleProperty().bind(hasList);
        raw.managedProperty().bind(hasList);
        TitledPane prompt = collapsed("Prompt sent", model.promptProperty());
        TitledPane steps = collapsed("Candidates and steps", model.stepsProperty());
        steps.setId("runSteps");
        steps.visibleProperty().bind(model.stepsProperty().isNotEmpty());
        steps.managedProperty().bind(steps.visibleProperty());

        getChildren().addAll(header, staleBanner(model, onRunAgain), state, metrics, body, thinking, raw, prompt, steps);
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
        model.staleProperty().addListener((o, was, stale) -> {
            getStyleClass().remove("stale");
            if (stale) {
                getStyleClass().add("stale");
            }
        });
        if (model.staleProperty().get()) {
            getStyleClass().add("stale");
        }
        return banner;
    }

    private static TitledPane collapsed(String title, javafx.beans.value.ObservableValue<String> text) {
        TextArea area = new TextArea();
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(10);
        area.getStyleClass().add("raw-text");
        area.textProperty().bind(text);
        TitledPane pane = new TitledPane(title, area);
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }
}
