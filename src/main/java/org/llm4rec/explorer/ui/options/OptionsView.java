package org.llm4rec.explorer.ui.options;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The less common generation options, folded away, and the per-run cache switch. */
public final class OptionsView extends VBox {

    public OptionsView(OptionsViewModel model) {
        super(6);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.setPadding(new Insets(4, 0, 0, 0));
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grow);
        int row = 0;
        grid.addRow(row++, new Label("top_p"), decimal("optTopP", model.topPProperty(), 0, 1, 0.05,
                "Nucleus sampling: only tokens within this cumulative probability are drawn."));
        grid.addRow(row++, new Label("top_k"), whole("optTopK", model.topKProperty(), 0, 1000,
                "Only the k most likely tokens are drawn."));
        grid.addRow(row++, new Label("num_ctx"), whole("optNumCtx", model.numCtxProperty(), 256, 1_048_576,
                "Context window in tokens. A longer prompt is cut from the start by Ollama; changing it reloads "
                        + "the model."));
        grid.addRow(row++, new Label("num_predict"), whole("optNumPredict", model.numPredictProperty(), -1, 131_072,
                "Most tokens to generate, thinking included; -1 for no limit."));
        grid.addRow(row++, new Label("repeat_penalty"), decimal("optRepeatPenalty", model.repeatPenaltyProperty(),
                0, 3, 0.05, "Penalises repeating recent tokens; 1 turns it off."));
        TextField stop = new TextField();
        stop.setId("optStop");
        stop.setPromptText("none");
        stop.textProperty().bindBidirectional(model.stopProperty());
        stop.setTooltip(new Tooltip("Stop sequences, comma-separated: the answer ends where one appears."));
        grid.addRow(row++, new Label("stop"), stop);
        grid.addRow(row++, new Label("keep_alive (s)"), whole("optKeepAlive", model.keepAliveProperty(), -1, 86_400,
                "Seconds Ollama keeps the model loaded after the answer; 0 unloads at once, -1 keeps it."));
        ComboBox<OptionsViewModel.Think> think = new ComboBox<>();
        think.getItems().setAll(OptionsViewModel.Think.values());
        think.setId("optThink");
        think.valueProperty().bindBidirectional(model.thinkProperty());
        think.setMaxWidth(Double.MAX_VALUE);
        think.setTooltip(new Tooltip("Thinking models think unless told not to; 'on' fails on a model that cannot."));
        grid.addRow(row, new Label("think"), think);

        TitledPane more = new TitledPane("More options", grid);
        more.setExpanded(false);
        more.setAnimated(false);

        CheckBox bypass = new CheckBox("Ask the model even if the answer is cached");
        bypass.setId("bypassCache");
        bypass.selectedProperty().bindBidirectional(model.bypassCacheProperty());
        bypass.setTooltip(new Tooltip("The same model, prompt and options normally return the kept answer at once."));
        // A narrow sidebar or larger text wraps the label instead of cutting it to "ca…".
        bypass.setWrapText(true);
        bypass.setMinHeight(Region.USE_PREF_SIZE);
        bypass.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(bypass, more);
    }

    private static Spinner<Integer> whole(String id, ObjectProperty<Integer> value, int min, int max, String tip) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value.get() == null ? min : value.get());
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        return styled(spinner, id, tip);
    }

    private static Spinner<Double> decimal(String id, ObjectProperty<Double> value, double min, double max,
                                           double step, String tip) {
        Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max,
                value.get() == null ? min : value.get(), step));
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        return styled(spinner, id, tip);
    }

    private static <T> Spinner<T> styled(Spinner<T> spinner, String id, String tip) {
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setMaxWidth(Double.MAX_VALUE);
        spinner.setTooltip(new Tooltip(tip));
        return spinner;
    }
}
