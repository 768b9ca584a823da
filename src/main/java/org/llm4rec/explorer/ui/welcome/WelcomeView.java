package org.llm4rec.explorer.ui.welcome;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Shown in the results area until the first run: three steps, the Ollama check and the tour. */
public final class WelcomeView extends VBox {

    public WelcomeView(WelcomeViewModel model, Runnable startTour) {
        super(12);
        setId("welcome");
        getStyleClass().add("welcome");
        setPadding(new Insets(24));
        setMaxSize(640, USE_PREF_SIZE);

        Label title = new Label("Welcome to LLM4Rec Explorer");
        title.getStyleClass().add("placeholder-title");
        Label what = new Label();
        what.setId("welcomeAbout");
        what.textProperty().bind(model.aboutProperty());
        what.setWrapText(true);
        Label steps = new Label("1  Pick a reader profile: its last book is held out, hidden from the model.\n"
                + "2  Choose a prompting strategy and an Ollama model.\n"
                + "3  Press Recommend (Ctrl+Enter). The answer streams in, then becomes a ranked list; every "
                + "title is matched to the catalogue or flagged as invented. Run again with another model to "
                + "compare side by side.");
        steps.setWrapText(true);
        Label ollama = new Label();
        ollama.setId("welcomeOllama");
        ollama.getStyleClass().add("welcome-ollama");
        ollama.setWrapText(true);
        ollama.textProperty().bind(model.ollamaAdviceProperty());
        Button tour = new Button("Take the tour");
        tour.setId("takeTour");
        tour.setOnAction(e -> startTour.run());
        getChildren().addAll(title, what, steps, ollama, tour);
    }
}
