package org.llm4rec.explorer.ui.settings;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The settings window's content: model servers, time limits, parallelism and the response cache. */
public final class SettingsView extends VBox {

    public SettingsView(SettingsViewModel model, Runnable onClose) {
        super(10);
        setPadding(new Insets(16));
        getStyleClass().add("settings-view");

        TextField url = new TextField();
        url.setId("settingsBaseUrl");
        url.textProperty().bindBidirectional(model.baseUrlProperty());
        url.setTooltip(new Tooltip("The Ollama server's address. The default is $OLLAMA_HOST when set, else "
                + "http://localhost:11434. For an OpenAI-compatible server write \"openai http://host:8000/v1\"."));
        Spinner<Integer> parallel = spinner("settingsParallel", 1, 64, model.maxParallelProperty().get());
        parallel.getValueFactory().valueProperty().bindBidirectional(model.maxParallelProperty());
        parallel.setTooltip(new Tooltip("How many requests the app sends to this server at once; others wait. "
                + "Match the server's OLLAMA_NUM_PARALLEL."));
        Spinner<Integer> firstToken = spinner("settingsFirstToken", 1, 3600, model.firstTokenSecondsProperty().get());
        firstToken.getValueFactory().valueProperty().bindBidirectional(model.firstTokenSecondsProperty());
        firstToken.setTooltip(new Tooltip("How long a request may wait for the first token. Ollama sends nothing "
                + "while it loads a model, so allow for a cold load of the largest model you use."));
        Spinner<Integer> idle = spinner("settingsIdle", 1, 3600, model.idleSecondsProperty().get());
        idle.getValueFactory().valueProperty().bindBidirectional(model.idleSecondsProperty());
        idle.setTooltip(new Tooltip("Once an answer streams, the longest silence before it is given up."));

        TextArea more = new TextArea();
        more.setId("settingsMoreServers");
        more.setPrefRowCount(3);
        Label moreHint = new Label("One per line: [openai] URL [parallel requests]");
        moreHint.getStyleClass().add("muted");
        more.setPromptText("http://gpu-box:11434 4\nopenai http://vllm-node:8000/v1 8");
        more.textProperty().bindBidirectional(model.moreServersProperty());
        more.setTooltip(new Tooltip("More servers, one per line: address, then how many requests it takes at once; "
                + "put \"openai\" in front of an OpenAI-compatible server (vLLM, llama.cpp server, LM Studio).\n"
                + "Requests go to the least busy server that is up; a server that fails is left out and checked "
                + "again later."));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, grow);
        grid.addRow(0, new Label("Server"), url);
        grid.addRow(1, new Label("Max parallel requests"), parallel);
        grid.addRow(2, new Label("Time to first token (s)"), firstToken);
        grid.addRow(3, new Label("Idle timeout (s)"), idle);
        grid.addRow(4, new Label("More servers"), more);
        grid.add(moreHint, 1, 5);

        Label cacheSize = new Label();
        cacheSize.setId("cacheSize");
        cacheSize.textProperty().bind(model.cacheSizeProperty());
        Button clear = new Button("Clear cache");
        clear.setId("clearCache");
        clear.setOnAction(e -> model.clearCache());
        HBox cache = new HBox(10, new Label("Response cache:"), cacheSize, clear);
        cache.setAlignment(Pos.CENTER_LEFT);
        Label cacheNote = new Label("Answers are kept by model digest, prompt, options and seed; asking the same "
                + "again returns the kept answer at once, badged \"cached\".");
        cacheNote.getStyleClass().add("muted");
        cacheNote.setWrapText(true);

        TextField rater = new TextField();
        rater.setId("settingsRater");
        rater.setPromptText("Your name, e.g. Ada");
        rater.textProperty().bindBidirectional(model.raterProperty());
        HBox raterRow = new HBox(10, new Label("Rater name"), rater);
        raterRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(rater, Priority.ALWAYS);
        Label raterNote = new Label("Signs your ratings and blind A/B votes, so exports say who judged and when.");
        raterNote.getStyleClass().add("muted");
        raterNote.setWrapText(true);

        Label message = new Label();
        message.setId("settingsMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        model.errorProperty().addListener((o, was, isError) -> {
            message.getStyleClass().removeAll("error", "success");
            message.getStyleClass().add(isError ? "error" : "success");
        });

        Button apply = new Button("Apply");
        apply.setId("applySettings");
        apply.getStyleClass().add("accent");
        apply.setDefaultButton(true);
        apply.disableProperty().bind(model.busyProperty());
        apply.setOnAction(e -> model.apply());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> onClose.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, apply, close);

        Label title = new Label("Model servers");
        title.getStyleClass().add("step-title");
        Label cacheTitle = new Label("Cache");
        cacheTitle.getStyleClass().add("step-title");
        Label judgingTitle = new Label("Judging");
        judgingTitle.getStyleClass().add("step-title");
        getChildren().addAll(title, grid, cacheTitle, cache, cacheNote, judgingTitle, raterRow, raterNote, message,
                buttons);
        setPrefWidth(560);
    }

    private static Spinner<Integer> spinner(String id, int min, int max, Integer value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value == null ? min : value);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setMaxWidth(Double.MAX_VALUE);
        return spinner;
    }
}
