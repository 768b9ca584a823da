package org.llm4rec.explorer.ui.prompt;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.llm4rec.explorer.domain.prompt.Paradigm;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;

/**
 * Places every strategy in the taxonomy of Wu et al. (2023): discriminative vs generative, and within generative
 * the non-tuning paradigms this app covers, with the tuning ones named for context.
 */
final class StrategyMapDialog {
    private StrategyMapDialog() {
    }

    static void open(Window owner, List<PromptStrategy> strategies, PromptStrategy current) {
        VBox content = new VBox(10);
        content.setId("strategyMap");
        content.setPadding(new Insets(14));
        Label intro = new Label("Where each strategy sits in \"A Survey on Large Language Models for"
                + " Recommendation\" (Wu et al., 2023). LLM4Rec is discriminative (the model scores items from"
                + " representations) or generative (the model writes the answer); generative use is either tuning"
                + " or non-tuning, and this app explores the non-tuning side.");
        intro.setWrapText(true);
        content.getChildren().add(intro);
        for (boolean generative : new boolean[] {false, true}) {
            Label side = new Label(generative ? "Generative LLM4Rec" : "Discriminative LLM4Rec");
            side.getStyleClass().add("step-title");
            content.getChildren().add(side);
            for (Paradigm paradigm : Paradigm.values()) {
                if (paradigm.generative() == generative) {
                    content.getChildren().add(group(paradigm, strategies, current));
                }
            }
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Map of strategies");
        stage.setScene(Fx.scene(scroll, owner, 720, 640));
        stage.show();
    }

    private static VBox group(Paradigm paradigm, List<PromptStrategy> strategies, PromptStrategy current) {
        Label title = new Label(paradigm.label());
        title.getStyleClass().add("map-group-title");
        Label paragraph = new Label(paradigm.paragraph());
        paragraph.setWrapText(true);
        paragraph.getStyleClass().add("muted");
        VBox group = new VBox(4, title, paragraph);
        for (PromptStrategy strategy : strategies) {
            if (strategy.paradigm() == paradigm) {
                Label name = new Label((strategy == current ? "▶ " : "• ") + strategy.name());
                name.getStyleClass().add("map-strategy");
                group.getChildren().add(name);
            }
        }
        if (paradigm == Paradigm.TUNING) {
            Label none = new Label("No strategy of this kind runs in the app (named for context).");
            none.getStyleClass().add("muted");
            group.getChildren().add(none);
        }
        group.setPadding(new Insets(0, 0, 0, 12));
        return group;
    }
}
