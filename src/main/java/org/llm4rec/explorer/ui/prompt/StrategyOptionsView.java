package org.llm4rec.explorer.ui.prompt;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.llm4rec.explorer.app.port.RunSettings;
import org.llm4rec.explorer.domain.candidates.CandidateProtocol;
import org.llm4rec.explorer.domain.candidates.CandidateSpec;
import org.llm4rec.explorer.domain.candidates.DemoSource;
import org.llm4rec.explorer.domain.prompt.Strategies;
import org.llm4rec.explorer.ui.Shown;

/**
 * Under the strategy picker: candidates, demonstrations, thinking and bootstrapping options, the template in use
 * with its editor, the live prompt preview, and the map of strategies.
 */
public final class StrategyOptionsView extends VBox {

    public StrategyOptionsView(PromptWorkbenchViewModel model) {
        setSpacing(6);
        getStylesheets().add(PromptPreview.class.getResource(PromptPreview.STYLESHEET).toExternalForm());

        ComboBox<CandidateProtocol> protocol = combo("candidateProtocol", CandidateProtocol.values(),
                CandidateProtocol::label);
        protocol.valueProperty().bindBidirectional(model.protocolProperty());
        protocol.setTooltip(new Tooltip("How candidates are drawn; \"random + target\" plants the held-out item"
                + " among them (LLMRank's protocol), which makes ranking far easier than open generation."));
        Spinner<Integer> size = spinner("candidateCount", 1, CandidateSpec.MAX_SIZE, model.candidateCountProperty());
        size.setTooltip(new Tooltip("M, how many candidates the prompt lists."));
        Spinner<Integer> seed = spinner("candidateSeed", 0, Integer.MAX_VALUE, model.candidateSeedProperty());
        seed.setTooltip(new Tooltip("Seed of the random draw and of the shuffled order; recorded on the run."));
        Spinner<Integer> orders = spinner("bootstrapOrders", 1, RunSettings.MAX_ORDERS,
                model.bootstrapOrdersProperty());
        orders.setTooltip(new Tooltip("Bootstrapping (LLMRank): rank B shuffled orders of the same candidates and"
                + " sum the ranks (Borda), to see and dampen position bias. B calls per run."));
        GridPane candidates = grid();
        candidates.addRow(0, new Label("Candidates"), protocol);
        candidates.addRow(1, new Label("M · seed"), new HBox(4, size, seed));
        candidates.addRow(2, new Label("Orders (B)"), orders);
        showWhen(candidates, model.ranksCandidatesProperty());
        showWhen(orders, model.canBootstrapProperty());

        ComboBox<DemoSource> source = combo("demoSource", DemoSource.values(), DemoSource::label);
        source.valueProperty().bindBidirectional(model.demoSourceProperty());
        Spinner<Integer> k = spinner("demoCount", 0, RunSettings.MAX_DEMOS, model.demoCountProperty());
        k.setTooltip(new Tooltip("k, how many demonstrations; none ever shows a held-out item."));
        GridPane demos = grid();
        demos.addRow(0, new Label("Examples from"), source);
        demos.addRow(1, new Label("k"), k);
        showWhen(demos, model.usesDemonstrationsProperty());

        CheckBox think = new CheckBox("Native thinking (Ollama think)");
        think.setId("nativeThinking");
        think.selectedProperty().bindBidirectional(model.nativeThinkingProperty());
        think.setTooltip(new Tooltip("Sends think: true so a thinking model reasons before it answers; the trace"
                + " shows collapsed in the result column. The chain-of-thought prompt then stops asking for"
                + " written reasoning."));

        CheckBox letters = new CheckBox("Letter labels (LlamaRec)");
        letters.setId("letterIndex");
        letters.selectedProperty().bindBidirectional(model.letterIndexProperty());
        letters.setTooltip(new Tooltip("Lists the candidates as (A), (B), … and asks for their letters instead of"
                + " titles, as LlamaRec (Yue et al., 2023) does: no title to misspell, and letters past the list"
                + " are flagged. At most 26 candidates."));
        showWhen(letters, model.answersByLetterProperty());

        Label candidateLabel = muted("candidatesLabel");
        candidateLabel.textProperty().bind(model.candidatesLabelProperty());
        showWhen(candidateLabel, model.ranksCandidatesProperty());

        ComboBox<TemplateChoice> version = combo("templateVersion", new TemplateChoice[0], TemplateChoice::label);
        version.setItems(model.versions());
        version.valueProperty().bindBidirectional(model.versionProperty());
        Button edit = new Button("Edit template…");
        edit.setId("editTemplateButton");
        edit.setOnAction(e -> TemplateEditorDialog.open(getScene().getWindow(), model));
        HBox.setHgrow(version, Priority.ALWAYS);
        HBox template = new HBox(4, version, edit);

        Label tokens = muted("tokenEstimate");
        tokens.textProperty().bind(model.tokensProperty());
        toggle(tokens, "token-warning", model.tokenWarningProperty().get());
        model.tokenWarningProperty().addListener((o, was, warn) -> toggle(tokens, "token-warning", warn));
        Label message = muted("previewMessage");
        message.textProperty().bind(model.previewMessageProperty());
        showWhen(message, model.previewMessageProperty().isNotEmpty());
        ScrollPane flow = PromptPreview.flow(model.preview(), "promptPreview");
        flow.setPrefViewportHeight(240);
        TitledPane preview = new TitledPane("Prompt preview", new VBox(4, PromptPreview.legend(), flow, tokens,
                message));
        preview.setId("promptPreviewPane");
        preview.setAnimated(false);

        Button map = new Button("Map of strategies…");
        map.setId("strategyMapButton");
        map.getStyleClass().add("flat");
        map.setOnAction(e -> StrategyMapDialog.open(getScene().getWindow(), Strategies.all(),
                model.strategyProperty().get()));

        getChildren().addAll(candidates, letters, candidateLabel, demos, think, new Label("Template"), template,
                preview, map);
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(condition::get, condition));
        node.managedProperty().bind(node.visibleProperty());
    }

    private static void toggle(Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }

    private static Label muted(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("muted");
        label.setWrapText(true);
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        ColumnConstraints labels = new ColumnConstraints();
        // Labels keep their full width; the controls take what is left of the narrow sidebar.
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, grow);
        return grid;
    }

    private static Spinner<Integer> spinner(String id, int min, int max,
                                            javafx.beans.property.ObjectProperty<Integer> value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value.get());
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        return spinner;
    }

    private static <T> ComboBox<T> combo(String id, T[] values, Function<T, String> text) {
        ComboBox<T> combo = new ComboBox<>();
        combo.getItems().setAll(values);
        combo.setId(id);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setConverter(Shown.as(text));
        return combo;
    }
}
