package org.llm4rec.explorer.ui.experiment;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.llm4rec.explorer.domain.experiment.Baseline;
import org.llm4rec.explorer.domain.experiment.CandidateMode;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.experiment.UserSample;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.ui.Shown;

/** The fields of an experiment: users, protocol (with its text), configurations, repeats and baselines. */
final class DefinitionForm extends VBox {
    // Spinners bind to object views of the int properties; held here because bindings hold them only weakly.
    private final List<ObjectProperty<Integer>> held = new ArrayList<>();
    private final ObservableList<String> modelNames = FXCollections.observableArrayList();

    DefinitionForm(ExperimentsViewModel model) {
        ExperimentDraft draft = model.draft();
        setSpacing(10);
        setPadding(new Insets(12));

        TextField name = new TextField();
        name.setId("experimentName");
        name.textProperty().bindBidirectional(draft.nameProperty());
        Label dataset = new Label();
        dataset.setId("experimentDataset");
        dataset.textProperty().bind(model.datasetProperty().map(d -> d.name() + " (" + d.id() + ")")
                .orElse("No dataset loaded"));

        ComboBox<UserSample.Kind> kind = new ComboBox<>(FXCollections.observableArrayList(UserSample.Kind.values()));
        kind.setConverter(Shown.as(UserSample.Kind::label));
        kind.valueProperty().bindBidirectional(draft.sampleKindProperty());
        TextField category = new TextField();
        category.setPromptText("category, e.g. Comedy");
        category.textProperty().bindBidirectional(draft.categoryProperty());
        category.visibleProperty().bind(draft.sampleKindProperty().isEqualTo(UserSample.Kind.CATEGORY));
        category.managedProperty().bind(category.visibleProperty());
        FlowPane users = row(kind, label("at most"), spinner("sampleSize", draft.sampleSizeProperty(), 0, 100_000, 10),
                label("users (0 = all), seed"), spinner("sampleSeed", draft.sampleSeedProperty(), 0,
                        Integer.MAX_VALUE, 1), category);

        ComboBox<CandidateMode> mode = new ComboBox<>(FXCollections.observableArrayList(CandidateMode.values()));
        mode.setId("candidateMode");
        mode.setConverter(Shown.as(CandidateMode::label));
        mode.valueProperty().bindBidirectional(draft.candidateModeProperty());
        Spinner<Integer> candidates = spinner("candidateCount", draft.candidateCountProperty(), 2, 100, 5);
        candidates.disableProperty().bind(draft.candidateModeProperty().isEqualTo(CandidateMode.OPEN_CATALOGUE));
        FlowPane protocol = row(label("hold out the last"), spinner("heldOut", draft.heldOutProperty(), 1, 10, 1),
                label("·"), mode, label("M ="), candidates, label("· history: last"),
                spinner("historyLimit", draft.historyLimitProperty(), 1, 1_000, 5), label("items · seed"),
                spinner("protocolSeed", draft.protocolSeedProperty(), 0, Integer.MAX_VALUE, 1));
        CheckBox targetOnly = new CheckBox("score only users whose candidates hold the target (NIR)");
        targetOnly.setId("targetInCandidatesOnly");
        targetOnly.selectedProperty().bindBidirectional(draft.targetInCandidatesOnlyProperty());
        targetOnly.visibleProperty().bind(draft.candidateModeProperty().isEqualTo(CandidateMode.USER_FILTERING));
        targetOnly.managedProperty().bind(targetOnly.visibleProperty());
        protocol.getChildren().add(targetOnly);
        Label protocolText = new Label();
        protocolText.setId("draftProtocolText");
        protocolText.setWrapText(true);
        protocolText.getStyleClass().add("protocol-text");
        protocolText.textProperty().bind(draft.protocolTextProperty());

        ChecklistView<PromptStrategy> strategies = new ChecklistView<>(model.strategies(), PromptStrategy::id,
                PromptStrategy::name, draft.strategies());
        strategies.setId("experimentStrategies");
        strategies.setPrefHeight(150);
        syncModelNames(model.installedModels(), draft.models());
        ChecklistView<String> models = new ChecklistView<>(modelNames, n -> n, n -> n, draft.models());
        models.setId("experimentModels");
        models.setPrefHeight(150);
        TextField temperatures = new TextField();
        temperatures.setId("experimentTemperatures");
        temperatures.setTooltip(new Tooltip("One or more, separated by commas: each is a configuration"));
        temperatures.textProperty().bindBidirectional(draft.temperaturesProperty());
        TextField seeds = new TextField();
        seeds.setId("experimentSeeds");
        seeds.setTooltip(new Tooltip("One or more sampler seeds, separated by commas: each is a configuration"));
        seeds.textProperty().bindBidirectional(draft.seedsProperty());
        VBox options = new VBox(6, label("Temperatures"), temperatures, label("Seeds"), seeds, label("Repeats per user"),
                spinner("repeats", draft.repeatsProperty(), 1, ExperimentDefinition.MAX_REPEATS, 1));
        HBox configurations = new HBox(10, titled("Strategies (fitting the candidate mode)", strategies),
                titled("Models", models), options);
        HBox.setHgrow(configurations.getChildren().get(0), Priority.ALWAYS);
        HBox.setHgrow(configurations.getChildren().get(1), Priority.ALWAYS);

        FlowPane baselines = row(baseline(Baseline.POPULARITY, draft.popularityProperty()),
                baseline(Baseline.ITEM_KNN, draft.itemKnnProperty()), baseline(Baseline.RANDOM, draft.randomProperty()));

        Label summary = new Label();
        summary.setId("draftSummary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(draft.summaryProperty());
        Label problem = new Label();
        problem.setId("draftProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("run-message");
        problem.getStyleClass().add("error");
        problem.textProperty().bind(draft.problemProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, section("Name"), name);
        grid.addRow(1, section("Dataset"), dataset);
        grid.addRow(2, section("Users"), users);
        grid.addRow(3, section("Protocol"), protocol);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        getChildren().addAll(grid, protocolText, section("Configurations: strategy × model × temperature × seed"),
                configurations, section("Baselines, under the same protocol"), baselines, summary, problem);
    }

    /** Installed models, plus models a loaded definition names that the server does not have. */
    private void syncModelNames(ObservableList<ModelInfo> installed, ObservableList<String> chosen) {
        Runnable sync = () -> {
            List<String> names = new ArrayList<>(installed.stream().map(ModelInfo::name).toList());
            chosen.stream().filter(n -> !names.contains(n)).forEach(names::add);
            if (!names.equals(modelNames)) {
                modelNames.setAll(names);
            }
        };
        installed.addListener((ListChangeListener<ModelInfo>) c -> sync.run());
        chosen.addListener((ListChangeListener<String>) c -> sync.run());
        sync.run();
    }

    private Spinner<Integer> spinner(String id, IntegerProperty value, int min, int max, int step) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value.get(), step);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(96);
        spinner.setMinWidth(Region.USE_PREF_SIZE);
        ObjectProperty<Integer> boxed = value.asObject();
        held.add(boxed);
        spinner.getValueFactory().valueProperty().bindBidirectional(boxed);
        // A typed number counts when the field loses focus, not only on Enter.
        spinner.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                spinner.increment(0);
            }
        });
        return spinner;
    }

    private static CheckBox baseline(Baseline baseline, javafx.beans.property.BooleanProperty ticked) {
        CheckBox box = new CheckBox(baseline.label());
        box.setId("baseline-" + baseline.name());
        box.setTooltip(new Tooltip(baseline.description()));
        box.selectedProperty().bindBidirectional(ticked);
        return box;
    }


    private static VBox titled(String title, Node content) {
        VBox box = new VBox(4, label(title), content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    /** Fields in a line that wraps when the window is narrow. */
    private static FlowPane row(Node... nodes) {
        FlowPane row = new FlowPane(8, 6, nodes);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        // Short labels between fields are never cut to "…".
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    static Label section(String text) {
        Label label = label(text);
        label.getStyleClass().add("experiment-section");
        return label;
    }
}
