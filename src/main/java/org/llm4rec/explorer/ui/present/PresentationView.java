package org.llm4rec.explorer.ui.present;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.prompt.PromptPart;
import org.llm4rec.explorer.domain.prompt.PromptSegment;
import org.llm4rec.explorer.domain.run.Badges;

/** The presentation screen: large text, columns revealed one by one, the prompt's anatomy, a key legend. */
public final class PresentationView extends BorderPane {
    static final String[][] KEYS = {
            {"→  Space", "reveal next"}, {"←", "hide last"}, {"R", "reveal all"}, {"M", "metrics"},
            {"↓  ↑", "prompt, part by part"}, {"Esc", "leave"}};

    private final PresentationViewModel model;
    private final HBox columns = new HBox(16);
    private final VBox prompt = new VBox(10);

    public PresentationView(PresentationViewModel model, Runnable onLeave) {
        this.model = model;
        setId("presentation");
        getStyleClass().add("presentation");
        getStylesheets().add(PresentationView.class.getResource("/assets/presentation.css").toExternalForm());
        setFocusTraversable(true);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (handle(event, onLeave)) {
                event.consume();
            }
        });

        Label title = new Label("Which list would you pick?");
        title.getStyleClass().add("present-title");
        Label progress = new Label();
        progress.setId("presentProgress");
        progress.getStyleClass().add("present-muted");
        progress.textProperty().bind(model.progressText());
        Button revealAll = new Button("Reveal all");
        revealAll.setId("revealAll");
        revealAll.setFocusTraversable(false);
        revealAll.setOnAction(e -> model.revealAll());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(20, title, spacer, progress, revealAll);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(16, 24, 8, 24));
        setTop(top);

        columns.setPadding(new Insets(8, 24, 8, 24));
        columns.setFillHeight(true);
        prompt.setId("promptAnatomy");
        prompt.setPadding(new Insets(8, 24, 8, 24));
        prompt.getStyleClass().add("present-prompt");
        // Many columns scroll sideways rather than shrink below a readable width.
        ScrollPane columnScroll = new ScrollPane(columns);
        columnScroll.setFitToHeight(true);
        columnScroll.setFitToWidth(true);
        columnScroll.setFocusTraversable(false);
        columnScroll.getStyleClass().add("present-scroll");
        columnScroll.visibleProperty().bind(columns.visibleProperty());
        StackPane centre = new StackPane(columnScroll, prompt);
        setCenter(centre);
        setBottom(legend());

        model.revealedProperty().addListener((o, a, b) -> showColumns());
        model.metricsShownProperty().addListener((o, a, b) -> showColumns());
        model.promptStepProperty().addListener((o, a, b) -> showPrompt());
        showColumns();
        showPrompt();
    }

    private boolean handle(KeyEvent event, Runnable onLeave) {
        switch (event.getCode()) {
            case RIGHT, SPACE, PAGE_DOWN -> model.revealNext();
            case LEFT, PAGE_UP -> model.hideLast();
            case R -> model.revealAll();
            case M -> model.toggleMetrics();
            case DOWN -> model.nextPromptStep();
            case UP -> model.previousPromptStep();
            case ESCAPE -> onLeave.run();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void showColumns() {
        columns.getChildren().clear();
        if (model.columns().isEmpty()) {
            Label none = new Label("There are no finished results yet. Press Esc, run a strategy, then F5 again.");
            none.getStyleClass().add("present-muted");
            none.setWrapText(true);
            columns.getChildren().add(none);
            return;
        }
        for (int i = 0; i < model.columns().size(); i++) {
            columns.getChildren().add(i < model.revealedProperty().get() ? column(model.columns().get(i))
                    : hidden(i + 1));
        }
    }

    private Node column(PresentationViewModel.Column column) {
        Label title = wrapped(column.title(), "present-column-title");
        Label subtitle = wrapped(column.subtitle(), "present-muted");
        Label metrics = wrapped(column.metrics(), "present-metrics");
        metrics.setId("presentMetrics");
        boolean shown = model.metricsShownProperty().get();
        metrics.setVisible(shown);
        metrics.setManaged(shown);
        VBox items = new VBox(12);
        for (Recommendation item : column.items()) {
            items.getChildren().add(item(item, column.badges(item)));
        }
        ScrollPane scroll = new ScrollPane(items);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("present-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(6, title, subtitle, metrics, scroll);
        box.getStyleClass().add("present-column");
        box.setUserData(column);
        sizeColumn(box);
        return box;
    }

    private static Node item(Recommendation item, List<Badges.Badge> badges) {
        Label title = wrapped(item.rank() + ".  " + item.title()
                + (item.creator().isBlank() ? "" : " — " + item.creator()), "present-item-title");
        Label explanation = wrapped(item.explanation().isBlank() ? "(no explanation given)" : item.explanation(),
                "present-explanation");
        VBox box = new VBox(2, title);
        for (Badges.Badge badge : badges) {
            Label label = wrapped(badge.kind() == Badges.Kind.NOT_IN_CATALOGUE
                    ? "not in the catalogue: the model may have invented it" : badge.label(), switch (badge.kind()) {
                        case NOT_IN_CATALOGUE -> "present-invented";
                        case HIT -> "present-hit";
                        case GROUNDED, WARNING -> "present-warning";
                    });
            label.setTooltip(new Tooltip(badge.description()));
            box.getChildren().add(label);
        }
        box.getChildren().add(explanation);
        return box;
    }

    private static Node hidden(int number) {
        Label mark = new Label("?");
        mark.getStyleClass().add("present-hidden-mark");
        Label hint = wrapped("Column " + number + "\npress → to reveal", "present-muted");
        hint.setTextAlignment(TextAlignment.CENTER);
        VBox box = new VBox(12, mark, hint);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().addAll("present-column", "present-hidden");
        sizeColumn(box);
        return box;
    }

    private static void sizeColumn(Region box) {
        box.setMinWidth(270);
        box.setPrefWidth(400);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
    }

    private void showPrompt() {
        int step = model.promptStepProperty().get();
        prompt.setVisible(step > 0);
        columns.setVisible(step == 0);
        prompt.getChildren().clear();
        if (step == 0 || model.focusedColumn().isEmpty()) {
            return;
        }
        PresentationViewModel.Column column = model.focusedColumn().get();
        PromptAnatomy anatomy = column.anatomy();
        PromptAnatomy.Step current = anatomy.steps().get(step - 1);
        Label heading = wrapped("The prompt of " + column.title() + " — " + step + " of " + anatomy.steps().size()
                + ": " + current.title(), "present-column-title");
        heading.setId("promptStepTitle");
        Label explanation = wrapped(current.explanation(), "present-step-explanation");
        FlowPane steps = new FlowPane(8, 6);
        for (int i = 0; i < anatomy.steps().size(); i++) {
            Label chip = new Label(anatomy.steps().get(i).title());
            chip.getStyleClass().addAll("present-step-chip", i < step - 1 ? "done" : i == step - 1 ? "current"
                    : "next");
            steps.getChildren().add(chip);
        }
        Set<PromptPart> uncovered = anatomy.uncoveredAfter(step);
        Text firstCurrent = null;
        TextFlow text = new TextFlow();
        text.setId("promptText");
        text.getStyleClass().add("prompt-preview");
        for (PromptSegment segment : anatomy.segments()) {
            if (uncovered.contains(segment.part())) {
                Text piece = new Text(segment.text());
                piece.getStyleClass().addAll("part", "part-" + segment.part().name().toLowerCase(Locale.ROOT),
                        current.parts().contains(segment.part()) ? "current-part" : "earlier-part");
                piece.setUserData(segment.part());
                text.getChildren().add(piece);
                if (firstCurrent == null && current.parts().contains(segment.part())) {
                    firstCurrent = piece;
                }
            }
        }
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        prompt.getChildren().addAll(heading, steps, explanation, scroll);
        scrollTo(scroll, text, firstCurrent);
    }

    /** Brings the newly uncovered part into sight: long histories push the later parts below the fold. */
    private void scrollTo(ScrollPane scroll, TextFlow text, Text piece) {
        if (piece == null || getScene() == null) {
            return;
        }
        // Laid out now, so that the heights used below are the ones about to be drawn.
        applyCss();
        layout();
        double hidden = text.getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden > 0) {
            scroll.setVvalue(Math.min(1, Math.max(0, piece.getBoundsInParent().getMinY() - 12) / hidden));
        }
    }

    private static Node legend() {
        FlowPane legend = new FlowPane(22, 6);
        legend.setId("presentLegend");
        legend.getStyleClass().add("present-legend");
        legend.setPadding(new Insets(8, 24, 12, 24));
        for (String[] key : KEYS) {
            Label keys = new Label(key[0]);
            keys.getStyleClass().add("present-key");
            HBox pair = new HBox(6, keys, new Label(key[1]));
            pair.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(pair);
        }
        return legend;
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(style);
        return label;
    }
}
