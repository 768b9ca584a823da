package org.llm4rec.explorer.ui.prompt;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.llm4rec.explorer.ui.Shown;

/**
 * The template editor: the template text on the left, the prompt it renders for the current profile on the right,
 * updated as you type; save the text as a new named version, or go back to the built-in one.
 */
final class TemplateEditorDialog {
    private TemplateEditorDialog() {
    }

    static void open(Window owner, PromptWorkbenchViewModel model) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Template of " + (model.strategyProperty().get() == null ? "?"
                : model.strategyProperty().get().name()));

        TextArea editor = new TextArea();
        editor.setId("templateEditor");
        editor.setWrapText(true);
        editor.textProperty().bindBidirectional(model.editorTextProperty());
        Label help = new Label("{{name}} inserts a variable (history, history_in_order, recent_history,"
                + " most_recent, candidates, candidate_count, demonstrations, preferences, count, item_kind,"
                + " item_kind_plural, item_format, with_ratings, and_ratings); {{#format}}…{{/format}} marks output-format text. Multi-step templates"
                + " separate their steps with a line \"=== next step ===\".");
        help.getStyleClass().add("muted");
        help.setWrapText(true);
        VBox.setVgrow(editor, Priority.ALWAYS);
        VBox left = new VBox(6, editor, help);

        ScrollPane preview = PromptPreview.flow(model.preview(), "editorPreview");
        Label tokens = new Label();
        tokens.setId("editorTokens");
        tokens.setWrapText(true);
        tokens.textProperty().bind(model.tokensProperty());
        Label message = new Label();
        message.setId("editorMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.previewMessageProperty());
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox right = new VBox(6, PromptPreview.legend(), preview, tokens, message);

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.5);

        ComboBox<TemplateChoice> version = new ComboBox<>(model.versions());
        version.setId("editorVersion");
        version.valueProperty().bindBidirectional(model.versionProperty());
        version.setConverter(Shown.as(TemplateChoice::label));
        TextField name = new TextField();
        name.setId("versionName");
        name.setPromptText("Name of the new version");
        name.textProperty().bindBidirectional(model.versionNameProperty());
        Button save = new Button("Save as new version");
        save.setId("saveTemplateButton");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.saveAsNewVersion());
        Button revert = new Button("Revert to built-in");
        revert.setId("revertTemplateButton");
        revert.setOnAction(e -> model.revertToBuiltIn());
        Button close = new Button("Close");
        close.setId("closeTemplateButton");
        close.setOnAction(e -> stage.close());
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox actions = new HBox(6, new Label("Version"), version, name, save, revert, close);
        actions.setPadding(new Insets(8, 0, 0, 0));

        BorderPane root = new BorderPane(split);
        root.setBottom(actions);
        root.setPadding(new Insets(10));
        stage.setScene(Fx.scene(root, owner, 1100, 680));
        stage.show();
    }
}
