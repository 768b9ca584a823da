package org.llm4rec.explorer.ui.judge;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.llm4rec.explorer.domain.judge.JudgeRubric;
import org.llm4rec.explorer.domain.llm.ModelInfo;

/** The controls that pick a model judge, the same wherever a judge is picked. */
public final class JudgeChoiceView {
    private JudgeChoiceView() {
    }

    /** Any installed model, or a name typed in. */
    public static ComboBox<String> model(JudgeChoice choice) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("judgeModel");
        box.setEditable(true);
        box.setPromptText("Judge model");
        choice.models().addListener((ListChangeListener<ModelInfo>) c -> box.getItems()
                .setAll(choice.models().stream().map(ModelInfo::name).toList()));
        box.getItems().setAll(choice.models().stream().map(ModelInfo::name).toList());
        box.valueProperty().bindBidirectional(choice.modelProperty());
        return box;
    }

    public static ComboBox<JudgeRubric> rubric(JudgeChoice choice) {
        ComboBox<JudgeRubric> box = new ComboBox<>();
        box.setId("judgeRubric");
        box.getItems().setAll(JudgeRubric.values());
        box.valueProperty().bindBidirectional(choice.rubricProperty());
        return box;
    }

    /** The template, editable, beside the exact prompt it makes; folded at first. */
    public static TitledPane template(JudgeChoice choice) {
        TextArea template = new TextArea();
        template.setId("judgeTemplate");
        template.setPrefRowCount(8);
        template.textProperty().bindBidirectional(choice.templateTextProperty());
        TextArea prompt = new TextArea();
        prompt.setEditable(false);
        prompt.setPrefRowCount(8);
        prompt.textProperty().bind(Bindings.createStringBinding(choice::examplePrompt,
                choice.templateTextProperty(), choice.rubricProperty(), choice.modelProperty()));
        TitledPane pane = new TitledPane("", new HBox(8, template, prompt));
        HBox.setHgrow(template, Priority.ALWAYS);
        HBox.setHgrow(prompt, Priority.ALWAYS);
        pane.textProperty().bind(Bindings.createStringBinding(() -> "Judge template "
                + choice.templateLabel() + " · left: the template, right: the exact prompt for an example",
                choice.templateProperty(), choice.templateTextProperty()));
        pane.setExpanded(false);
        return pane;
    }
}
