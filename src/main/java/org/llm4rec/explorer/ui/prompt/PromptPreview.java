package org.llm4rec.explorer.ui.prompt;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.llm4rec.explorer.domain.prompt.PromptPart;
import org.llm4rec.explorer.domain.prompt.PromptSegment;

/** The exact prompt text, each part in its colour, with a legend of the parts. */
final class PromptPreview {
    static final String STYLESHEET = "/assets/prompt.css";

    private PromptPreview() {
    }

    /** A scrolling flow of the segments, updated as they change. */
    static ScrollPane flow(ObservableList<PromptSegment> segments, String id) {
        TextFlow flow = new TextFlow();
        flow.setId(id);
        flow.getStyleClass().add("prompt-preview");
        Runnable show = () -> flow.getChildren().setAll(segments.stream().map(PromptPreview::text).toList());
        segments.addListener((ListChangeListener<PromptSegment>) change -> show.run());
        show.run();
        ScrollPane scroll = new ScrollPane(flow);
        scroll.setFitToWidth(true);
        return scroll;
    }

    static FlowPane legend() {
        FlowPane legend = new FlowPane(4, 2);
        legend.getStyleClass().add("part-legend");
        for (PromptPart part : PromptPart.values()) {
            Label chip = new Label("■ " + name(part));
            chip.getStyleClass().addAll("part-chip", styleClass(part));
            legend.getChildren().add(chip);
        }
        return legend;
    }

    private static Text text(PromptSegment segment) {
        Text text = new Text(segment.text());
        text.getStyleClass().addAll("part", styleClass(segment.part()));
        text.setUserData(segment.part());
        return text;
    }

    private static String styleClass(PromptPart part) {
        return "part-" + part.name().toLowerCase(Locale.ROOT);
    }

    private static String name(PromptPart part) {
        String words = part.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
