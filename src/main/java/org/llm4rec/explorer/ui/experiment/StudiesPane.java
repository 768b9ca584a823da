package org.llm4rec.explorer.ui.experiment;

import java.io.File;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.study.StudyKind;
import org.llm4rec.explorer.domain.study.SweepParameter;

/**
 * The Studies tab: the list of studies on the left; the chosen one's question, source, settings, calls and time,
 * its run with progress, its chart with our intervals and the published figures dashed, its finding, and exports.
 */
final class StudiesPane extends BorderPane {

    StudiesPane(StudiesViewModel model) {
        setId("studiesPane");
        ListView<StudyKind> list = new ListView<>(model.kinds());
        list.setId("studyList");
        list.setPrefWidth(230);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(StudyKind kind, boolean empty) {
                super.updateItem(kind, empty);
                setText(empty || kind == null ? null : kind.title() + (kind.source().isEmpty() ? ""
                        : "\n" + kind.source().replace("LLMRank (Hou et al., ECIR 2024), ", "LLMRank ")));
            }
        });
        list.getSelectionModel().select(model.kindProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, k) -> {
            if (k != null) {
                model.kindProperty().set(k);
            }
        });
        VBox left = new VBox(6, DefinitionForm.section("Studies"), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(10));

        Label title = new Label();
        title.getStyleClass().add("title-3");
        title.textProperty().bind(model.kindProperty().map(StudyKind::title));
        Label about = wrapped("studyAbout", model.aboutProperty());
        Label cost = wrapped("studyCost", model.costProperty());
        cost.getStyleClass().add("muted");

        ComboBox<String> models = new ComboBox<>();
        models.setId("studyModel");
        model.installedModels().addListener((javafx.collections.ListChangeListener<ModelInfo>) c ->
                models.getItems().setAll(model.installedModels().stream().map(ModelInfo::name).toList()));
        models.getItems().setAll(model.installedModels().stream().map(ModelInfo::name).toList());
        models.valueProperty().bindBidirectional(model.modelProperty());
        Spinner<Integer> users = new Spinner<>(0, 100_000, model.usersProperty().get(), 10);
        users.setId("studyUsers");
        users.setEditable(true);
        users.valueProperty().addListener((o, old, v) -> model.usersProperty().set(v));
        TextField values = new TextField();
        values.setId("studyValues");
        values.setPromptText("the x values, comma-separated");
        values.textProperty().bindBidirectional(model.valuesProperty());
        ComboBox<SweepParameter> parameter = parameterChoice("studyParameter", model.parameterProperty(), model);
        ComboBox<SweepParameter> panelParameter = parameterChoice("studyPanelParameter",
                model.panelParameterProperty(), model);
        TextField panelValues = new TextField();
        panelValues.setId("studyPanelValues");
        panelValues.setPromptText("one small chart per value (empty: one chart)");
        panelValues.textProperty().bindBidirectional(model.panelValuesProperty());
        panelValues.disableProperty().bind(model.kindProperty().isNotEqualTo(StudyKind.SWEEP));
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        form.addRow(0, new Label("Model"), models, new Label("Users (0: all)"), users);
        form.addRow(1, new Label("Values"), values, new Label("Sweep of"), parameter);
        form.addRow(2, new Label("Panel values"), panelValues, new Label("Panels by"), panelParameter);

        Button run = button("runStudy", "Run", () -> model.run(false));
        run.getStyleClass().add("accent");
        Button resume = button("resumeStudy", "Resume", () -> model.run(true));
        run.disableProperty().bind(model.runningProperty());
        resume.disableProperty().bind(model.runningProperty());
        Button pause = button("pauseStudy", "Pause", model::pause);
        pause.disableProperty().bind(model.runningProperty().not().or(model.pausedProperty()));
        Button continueRun = button("continueStudy", "Continue", model::continueRun);
        continueRun.disableProperty().bind(model.pausedProperty().not());
        Button cancel = button("cancelStudy", "Cancel", model::cancel);
        cancel.disableProperty().bind(model.runningProperty().not());
        ProgressBar bar = new ProgressBar();
        bar.setId("studyProgress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(model.progressProperty());
        Label progressText = wrapped("studyProgressText", model.progressTextProperty());
        HBox controls = new HBox(8, run, resume, pause, continueRun, cancel, bar, progressText);
        controls.setAlignment(Pos.CENTER_LEFT);

        StudyChartPane chart = new StudyChartPane();
        model.outcomeProperty().addListener((o, old, shown) -> chart.show(shown));
        Label finding = wrapped("studyFinding", model.findingProperty());
        finding.getStyleClass().add("study-finding");
        finding.visibleProperty().bind(model.findingProperty().isNotEmpty());
        finding.managedProperty().bind(finding.visibleProperty());
        Button png = button("studyPng", "Export PNG…", () -> ChartPictures.export(chart,
                "Export the study's chart as a PNG picture", "study.png", model::exportPng));
        Button csv = button("studyCsv", "Export CSV…", () -> {
            File file = choose("Export the study's curves as CSV", "CSV", "csv");
            if (file != null) {
                model.exportCsv(file.toPath());
            }
        });
        Button html = button("studyHtml", "Export HTML…", () -> {
            File file = choose("Export the study as an HTML page", "HTML page", "html");
            if (file != null) {
                model.exportHtml(file.toPath());
            }
        });
        png.disableProperty().bind(model.outcomeProperty().isNull());
        csv.disableProperty().bind(model.outcomeProperty().isNull());
        html.disableProperty().bind(model.outcomeProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label message = wrapped("studyMessage", model.messageProperty());
        HBox exports = new HBox(8, message, spacer, png, csv, html);
        exports.setAlignment(Pos.CENTER_LEFT);

        VBox centre = new VBox(10, title, about, form, cost, controls, chart, finding, exports);
        centre.setPadding(new Insets(10));
        VBox.setVgrow(chart, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        setLeft(left);
        setCenter(scroll);
    }

    /** A choice of sweep parameter by its label, usable for sweeps only. */
    private static ComboBox<SweepParameter> parameterChoice(String id, ObjectProperty<SweepParameter> chosen,
                                                            StudiesViewModel model) {
        ComboBox<SweepParameter> choice = new ComboBox<>();
        choice.setId(id);
        choice.getItems().setAll(SweepParameter.values());
        choice.valueProperty().bindBidirectional(chosen);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(SweepParameter p) {
                return p == null ? "" : p.label();
            }

            @Override
            public SweepParameter fromString(String text) {
                return null;
            }
        });
        choice.disableProperty().bind(model.kindProperty().isNotEqualTo(StudyKind.SWEEP));
        return choice;
    }

    private File choose(String title, String kind, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*." + extension));
        chooser.setInitialFileName("study." + extension);
        return chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
    }

    private static Label wrapped(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
