package org.llm4rec.explorer.ui.judge;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.llm4rec.explorer.domain.judge.Choice;
import org.llm4rec.explorer.ui.judge.BlindAbViewModel.Reveal;

/**
 * The blind A/B window: set up a session, vote on anonymous pairs with buttons or keys (1/A, 2/B, 3/T, 4/X), and
 * see the sources and a leaderboard of the session once it is over.
 */
final class BlindAbWindow {
    private BlindAbWindow() {
    }

    static Stage show(Window owner, BlindAbViewModel model, LeaderboardViewModel sessionBoard,
                      Runnable openLeaderboard) {
        BorderPane root = new BorderPane();
        root.setId("blindAb");
        root.setPadding(new Insets(14));
        Label title = new Label("Blind A/B");
        title.getStyleClass().add("app-title");
        Label progress = new Label();
        progress.setId("blindProgress");
        progress.getStyleClass().add("muted");
        progress.textProperty().bind(model.progressProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, progress);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 0, 10, 0));
        root.setTop(header);
        Label message = new Label();
        message.setId("blindMessage");
        message.getStyleClass().add("judge-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        root.setBottom(message);

        Node setup = setup(model);
        Node voting = voting(model);
        Node done = done(model, sessionBoard, openLeaderboard);
        Runnable showStage = () -> {
            root.setCenter(switch (model.stageProperty().get()) {
                case SETUP -> setup;
                case VOTING -> voting;
                case DONE -> done;
            });
            if (model.stageProperty().get() == BlindAbViewModel.Stage.DONE) {
                sessionBoard.show(model.votes());
            }
            // The control that started the session is gone; without this a removed text field could keep the
            // focus and swallow the voting keys.
            root.getCenter().requestFocus();
        };
        model.stageProperty().addListener((o, old, now) -> showStage.run());
        showStage.run();

        Scene scene = new Scene(root, 1200, 760);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (model.stageProperty().get() != BlindAbViewModel.Stage.VOTING
                    || scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            Choice choice = choiceFor(e.getCode());
            if (choice != null) {
                model.vote(choice);
                e.consume();
            }
        });
        Stage stage = JudgeStyle.window(owner, "Blind A/B", scene, false);
        stage.show();
        return stage;
    }

    static Choice choiceFor(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1, A -> Choice.A;
            case DIGIT2, NUMPAD2, B -> Choice.B;
            case DIGIT3, NUMPAD3, T -> Choice.TIE;
            case DIGIT4, NUMPAD4, X -> Choice.BOTH_BAD;
            default -> null;
        };
    }

    private static Node setup(BlindAbViewModel model) {
        Label intro = new Label("Two explanations of the same item (or two whole lists) from different result "
                + "columns of the same profile, with the sources hidden and the sides drawn at random. Pick the "
                + "better one. Some pairs come back later with the sides exchanged, to measure how much the side "
                + "itself sways the choice. The sources are revealed when the session ends, not before: a source "
                + "once known would be recognised in its swapped re-show.");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        TextField rater = new TextField();
        rater.setId("blindRater");
        rater.setPromptText("Your name");
        rater.textProperty().bindBidirectional(model.raterProperty());
        CheckBox explanations = new CheckBox("Explanations of the same item");
        explanations.setId("blindExplanations");
        explanations.selectedProperty().bindBidirectional(model.explanationsProperty());
        CheckBox lists = new CheckBox("Whole lists");
        lists.setId("blindLists");
        lists.selectedProperty().bindBidirectional(model.listsProperty());
        CheckBox stored = new CheckBox("Also use stored runs of the same profile");
        stored.setId("blindStored");
        stored.selectedProperty().bindBidirectional(model.includeStoredProperty());
        Slider swap = new Slider(0, 0.5, model.swapShareProperty().get());
        swap.setId("blindSwapShare");
        swap.setMajorTickUnit(0.1);
        swap.setShowTickMarks(true);
        swap.setBlockIncrement(0.05);
        swap.valueProperty().bindBidirectional(model.swapShareProperty());
        Label swapText = new Label();
        swapText.textProperty().bind(model.swapShareProperty().map(v -> String.format(Locale.ROOT,
                "%.0f%% of pairs re-shown swapped", 100 * v.doubleValue())));
        TextField seed = new TextField();
        seed.setId("blindSeed");
        seed.setPrefColumnCount(10);
        seed.setText(String.valueOf(model.seedProperty().get()));
        seed.setTooltip(new Tooltip("The same seed and the same runs give the same pairs, sides and order."));
        seed.textProperty().addListener((o, old, text) -> {
            try {
                model.seedProperty().set(Long.parseLong(text.strip()));
            } catch (NumberFormatException e) {
                model.seedProperty().set(null);
            }
        });
        Button start = new Button("Start session");
        start.setId("blindStart");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.disableProperty().bind(model.busyProperty().or(model.seedProperty().isNull()));
        start.setOnAction(e -> model.start());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, new Label("Rater"), rater);
        form.addRow(1, new Label("Compare"), new HBox(16, explanations, lists));
        form.addRow(2, new Label("Runs"), new VBox(4, new Label("The finished result columns"), stored));
        form.addRow(3, new Label("Swapped re-shows"), new HBox(10, swap, swapText));
        form.addRow(4, new Label("Seed"), seed);
        VBox box = new VBox(16, intro, form, start);
        box.setMaxWidth(760);
        BorderPane.setAlignment(box, Pos.TOP_LEFT);
        return box;
    }

    private static Node voting(BlindAbViewModel model) {
        Label question = new Label();
        question.setId("blindQuestion");
        question.getStyleClass().add("blind-question");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        question.textProperty().bind(model.questionProperty());
        Label profile = new Label();
        profile.setId("blindProfile");
        profile.getStyleClass().add("muted");
        profile.setWrapText(true);
        profile.setMinHeight(Region.USE_PREF_SIZE);
        profile.textProperty().bind(model.profileTextProperty());
        HBox sides = new HBox(14, side("A", "blindLeft", model.leftTextProperty()),
                side("B", "blindRight", model.rightTextProperty()));
        VBox.setVgrow(sides, Priority.ALWAYS);
        Button a = vote(model, "A is better", "1 / A", Choice.A, "voteA");
        Button tie = vote(model, "Tie", "3 / T", Choice.TIE, "voteTie");
        Button bad = vote(model, "Both bad", "4 / X", Choice.BOTH_BAD, "voteBothBad");
        Button b = vote(model, "B is better", "2 / B", Choice.B, "voteB");
        Button end = new Button("End session");
        end.setId("blindEnd");
        end.setTooltip(new Tooltip("Stop here: the votes so far count, and the sources are revealed."));
        end.setOnAction(e -> model.finish());
        Region gapLeft = new Region();
        Region gapRight = new Region();
        HBox.setHgrow(gapLeft, Priority.ALWAYS);
        HBox.setHgrow(gapRight, Priority.ALWAYS);
        HBox buttons = new HBox(10, a, gapLeft, tie, bad, gapRight, b);
        buttons.setAlignment(Pos.CENTER);
        HBox footer = new HBox(end);
        footer.setAlignment(Pos.CENTER_RIGHT);
        return new VBox(12, question, profile, sides, buttons, footer);
    }

    private static Node side(String letter, String id, javafx.beans.value.ObservableValue<String> text) {
        Label name = new Label(letter);
        name.getStyleClass().add("blind-side-letter");
        Label body = new Label();
        body.setId(id);
        body.getStyleClass().add("blind-text");
        body.setWrapText(true);
        body.textProperty().bind(text);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(8, name, scroll);
        box.getStyleClass().add("blind-side");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(500);
        return box;
    }

    private static Button vote(BlindAbViewModel model, String text, String keys, Choice choice, String id) {
        Button button = new Button(text + "   [" + keys + "]");
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        if (choice.decisive()) {
            button.getStyleClass().add("accent");
        }
        button.setOnAction(e -> model.vote(choice));
        return button;
    }

    private static Node done(BlindAbViewModel model, LeaderboardViewModel sessionBoard, Runnable openLeaderboard) {
        Label heading = new Label("Sources revealed");
        heading.getStyleClass().add("step-title");
        TableView<Reveal> table = new TableView<>(model.reveals());
        table.setId("blindReveals");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TextColumns.of("#", 40, r -> String.valueOf(r.number())));
        table.getColumns().add(TextColumns.of("Compared", 170, Reveal::shown));
        table.getColumns().add(TextColumns.of("A (left) was", 300, Reveal::left));
        table.getColumns().add(TextColumns.of("B (right) was", 300, Reveal::right));
        table.getColumns().add(TextColumns.of("Re-show", 70, r -> r.swapped() ? "swapped" : ""));
        table.getColumns().add(TextColumns.of("Verdict", 100, r -> switch (r.choice()) {
            case A -> "A better";
            case B -> "B better";
            case TIE -> "tie";
            case BOTH_BAD -> "both bad";
        }));
        table.setPrefHeight(240);
        table.setMinHeight(160);
        Label boardHeading = new Label("This session's leaderboard");
        boardHeading.getStyleClass().add("step-title");
        LeaderboardView board = new LeaderboardView(sessionBoard, null);
        board.setPadding(Insets.EMPTY);
        VBox.setVgrow(board, Priority.ALWAYS);
        Button all = new Button("Leaderboard of all votes…");
        all.setId("openLeaderboard");
        all.setOnAction(e -> openLeaderboard.run());
        Button again = new Button("New session");
        again.setId("blindAgain");
        again.setOnAction(e -> model.stageProperty().set(BlindAbViewModel.Stage.SETUP));
        HBox buttons = new HBox(8, all, again);
        return new VBox(10, heading, table, boardHeading, board, buttons);
    }
}
