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

/** The controls of a {@link JudgePicker}, for each window to lay out its own way. */
public final class JudgePickerView {
    private final ComboBox<String> model = new ComboBox<>();
    private final ComboBox<JudgeRubric> rubric = new ComboBox<>();
    private final TitledPane template;

    public JudgePickerView(JudgePicker picker) {
        model.setId("judgeModel");
        model.setEditable(true);
        model.setPromptText("Judge model");
        picker.models().addListener((ListChangeListener<ModelInfo>) c -> model.getItems()
                .setAll(picker.models().stream().map(ModelInfo::name).toList()));
        model.getItems().setAll(picker.models().stream().map(ModelInfo::name).toList());
        model.valueProperty().bindBidirectional(picker.modelProperty());
        rubric.setId("judgeRubric");
        rubric.getItems().setAll(JudgeRubric.values());
        rubric.valueProperty().bindBidirectional(picker.rubricProperty());

        TextArea text = new TextArea();
        text.setId("judgeTemplate");
        text.setPrefRowCount(8);
        text.textProperty().bindBidirectional(picker.templateTextProperty());
        TextArea prompt = new TextArea();
        prompt.setEditable(false);
        prompt.setPrefRowCount(8);
        prompt.textProperty().bind(Bindings.createStringBinding(picker::examplePrompt,
                picker.templateTextProperty(), picker.rubricProperty(), picker.modelProperty()));
        template = new TitledPane("", new HBox(8, text, prompt));
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox.setHgrow(prompt, Priority.ALWAYS);
        template.textProperty().bind(Bindings.createStringBinding(() -> "Judge template "
                + picker.templateLabel() + " · left: the template, right: the exact prompt for an example",
                picker.templateProperty(), picker.templateTextProperty()));
        template.setExpanded(false);
    }

    /** The judge's model: any installed one, or a name typed in. */
    public ComboBox<String> model() {
        return model;
    }

    public ComboBox<JudgeRubric> rubric() {
        return rubric;
    }

    /** The template, editable, beside the exact prompt it gives; folded until opened. */
    public TitledPane template() {
        return template;
    }
}
