package org.llm4rec.explorer.ui.data;

import java.io.File;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.llm4rec.explorer.dataset.imports.FileSample;
import org.llm4rec.explorer.dataset.imports.MappedRow;
import org.llm4rec.explorer.dataset.imports.Role;

/**
 * The column-mapping window: the file's first rows as read in the detected layout (delimiter, quoting and
 * header can be corrected), a column chosen for each role, the mapped rows previewed, the check's messages, and
 * Import with progress and Cancel.
 */
public final class ColumnMappingView extends BorderPane {
    private static final String NONE = "—";

    public static Stage show(Window owner, ColumnMappingViewModel model) {
        return DataWindows.open(owner, "Import a file by mapping its columns",
                stage -> new ColumnMappingView(model, stage), 1120, 780);
    }

    ColumnMappingView(ColumnMappingViewModel model, Stage stage) {
        setId("columnMapping");
        setPadding(new Insets(12));
        FileMappingModel main = model.interactions();

        Label file = new Label();
        file.getStyleClass().add("title-4");
        file.textProperty().bind(main.fileProperty().map(p -> p.getFileName().toString()).orElse(""));
        Label layout = new Label();
        layout.setId("detectedLayout");
        layout.getStyleClass().add("muted");
        layout.textProperty().bind(main.layoutTextProperty().map(text -> "Detected: " + text));
        VBox top = new VBox(4, file, layout, layoutControls(main, "")) ;
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);

        TitledPane itemsPane = itemsFile(model, stage);
        VBox roles = new VBox(8, sectionTitle("Columns → roles"), roleGrid(main, "role-"),
                new HBox(6, new Label("Categories separator"), categorySeparator(model)), itemsPane);
        roles.setPadding(new Insets(0, 8, 0, 0));
        ScrollPane rolesScroll = new ScrollPane(roles);
        rolesScroll.setFitToWidth(true);
        rolesScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        rolesScroll.setMinWidth(360);
        rolesScroll.setPrefWidth(360);

        TableView<List<String>> sample = sampleTable(main, "sampleTable");
        TableView<MappedRow> preview = previewTable(model);
        VBox tables = new VBox(6, sectionTitle("First rows of the file"), sample,
                sectionTitle("Preview: the first rows as they will be imported"), preview);
        VBox.setVgrow(sample, Priority.ALWAYS);
        VBox.setVgrow(preview, Priority.ALWAYS);
        HBox centre = new HBox(12, rolesScroll, tables);
        HBox.setHgrow(tables, Priority.ALWAYS);
        setCenter(centre);
        setBottom(bottom(model, stage));
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        return label;
    }

    private static HBox layoutControls(FileMappingModel model, String idPrefix) {
        ComboBox<String> delimiter = new ComboBox<>(FXCollections.observableArrayList(",", "\\t", ";", "|", "::",
                " "));
        delimiter.setId(idPrefix + "delimiter");
        delimiter.setEditable(true);
        delimiter.setPrefWidth(80);
        delimiter.valueProperty().bindBidirectional(model.delimiterProperty());
        CheckBox quoted = new CheckBox("Quoted fields");
        quoted.setId(idPrefix + "quoted");
        quoted.selectedProperty().bindBidirectional(model.quotedProperty());
        CheckBox header = new CheckBox("First row is a header");
        header.setId(idPrefix + "header");
        header.selectedProperty().bindBidirectional(model.headerProperty());
        HBox box = new HBox(10, new Label("Delimiter (\\t is a tab)"), delimiter, quoted, header);
        box.setAlignment(Pos.CENTER_LEFT);
        box.disableProperty().bind(model.jsonProperty().or(model.fileProperty().isNull()));
        return box;
    }

    private static GridPane roleGrid(FileMappingModel model, String idPrefix) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ObservableList<String> choices = FXCollections.observableArrayList(NONE);
        model.columns().addListener((ListChangeListener<String>) c -> {
            choices.setAll(NONE);
            choices.addAll(model.columns());
        });
        int row = 0;
        for (Role role : model.allowedRoles()) {
            Label label = new Label(role.label() + (role == Role.USER || role == Role.ITEM ? " *" : ""));
            label.setMinWidth(Region.USE_PREF_SIZE);
            ComboBox<String> column = new ComboBox<>(choices);
            column.setId(idPrefix + role.key());
            column.setMaxWidth(Double.MAX_VALUE);
            bind(column, model.role(role));
            grid.addRow(row++, label, column);
            GridPane.setHgrow(column, Priority.ALWAYS);
        }
        return grid;
    }

    /** The combo shows "—" for no column; the model holds null. */
    private static void bind(ComboBox<String> combo, ObjectProperty<String> role) {
        combo.setValue(role.get() == null ? NONE : role.get());
        role.addListener((o, old, now) -> combo.setValue(now == null ? NONE : now));
        combo.valueProperty().addListener((o, old, now) -> role.set(now == null || NONE.equals(now) ? null : now));
    }

    private static TextField categorySeparator(ColumnMappingViewModel model) {
        TextField separator = new TextField();
        separator.setId("categorySeparator");
        separator.setPrefColumnCount(3);
        separator.textProperty().bindBidirectional(model.categorySeparatorProperty());
        return separator;
    }

    private static TableView<List<String>> sampleTable(FileMappingModel model, String id) {
        TableView<List<String>> table = new TableView<>();
        table.setId(id);
        table.setPlaceholder(new Label("Reading the file…"));
        Runnable rebuild = () -> {
            FileSample sample = model.sampleProperty().get();
            table.getColumns().clear();
            if (sample == null) {
                table.getItems().clear();
                return;
            }
            for (int i = 0; i < sample.columns().size(); i++) {
                String name = sample.columns().get(i);
                int index = i;
                TableColumn<List<String>, String> column = new TableColumn<>(header(model, name));
                column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                        index < cell.getValue().size() ? cell.getValue().get(index) : ""));
                column.setPrefWidth(width(header(model, name), sample.rows().stream().limit(20)
                        .map(row -> index < row.size() ? row.get(index) : "").toList()));
                column.setSortable(false);
                table.getColumns().add(column);
            }
            table.getItems().setAll(sample.rows());
        };
        for (var dependency : model.dependencies()) {
            dependency.addListener(o -> rebuild.run());
        }
        rebuild.run();
        return table;
    }

    /** Wide enough for the header and the first values, within bounds, so that short values are not cut. */
    private static double width(String header, List<String> values) {
        int longest = header.length() + 2;
        for (String value : values) {
            longest = Math.max(longest, value.length());
        }
        return Math.max(70, Math.min(260, 7.5 * longest + 16));
    }

    /** The column's name, and the role it is mapped to. */
    private static String header(FileMappingModel model, String column) {
        return model.allowedRoles().stream().filter(r -> column.equals(model.role(r).get())).findFirst()
                .map(r -> column + " → " + r.label()).orElse(column);
    }

    private static TableView<MappedRow> previewTable(ColumnMappingViewModel model) {
        TableView<MappedRow> table = new TableView<>(model.preview());
        table.setId("previewTable");
        table.setPlaceholder(new Label("Map the user and item columns to see the rows as they will be imported."));
        table.getColumns().addAll(List.of(
                column("User", 70, MappedRow::user),
                column("Item", 70, MappedRow::item),
                column("Rating", 70, r -> Double.isNaN(r.rating()) ? "" : String.valueOf(r.rating())),
                column("Time (UTC)", 165, r -> r.timestamp() == Long.MIN_VALUE ? ""
                        : Instant.ofEpochSecond(r.timestamp()).atOffset(ZoneOffset.UTC).toLocalDateTime().toString()),
                column("Title", 150, MappedRow::title),
                column("Creator", 130, MappedRow::creator),
                column("Categories", 150, MappedRow::categories),
                column("Year", 55, r -> r.year() == null ? "" : r.year().toString())));
        return table;
    }

    private static TableColumn<MappedRow, String> column(String title, double width,
                                                         Function<MappedRow, String> value) {
        TableColumn<MappedRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private static TitledPane itemsFile(ColumnMappingViewModel model, Stage stage) {
        FileMappingModel items = model.items();
        Label file = new Label();
        file.setId("itemsFileName");
        file.setWrapText(true);
        file.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> items.fileProperty().get()
                == null ? "None: the items are those of the interactions file, with the fields mapped there."
                : items.fileProperty().get().getFileName() + " · " + items.layoutTextProperty().get(),
                items.fileProperty(), items.layoutTextProperty()));
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Items file");
            File chosen = chooser.showOpenDialog(stage);
            if (chosen != null) {
                model.openItems(chosen.toPath());
            }
        });
        Button remove = new Button("Remove");
        remove.disableProperty().bind(items.fileProperty().isNull());
        remove.setOnAction(e -> model.openItems(null));
        GridPane grid = roleGrid(items, "items-role-");
        HBox layout = layoutControls(items, "items-");
        TableView<List<String>> sample = sampleTable(items, "itemsSampleTable");
        sample.setPrefHeight(140);
        VBox details = new VBox(6, layout, grid, sample);
        details.visibleProperty().bind(items.fileProperty().isNotNull());
        details.managedProperty().bind(details.visibleProperty());
        VBox content = new VBox(6, file, new HBox(6, choose, remove), details);
        TitledPane pane = new TitledPane("Items file (optional)", content);
        pane.setId("itemsFilePane");
        pane.setExpanded(false);
        return pane;
    }

    private static VBox bottom(ColumnMappingViewModel model, Stage stage) {
        Label problems = new Label();
        problems.setId("mappingProblems");
        problems.setWrapText(true);
        problems.getStyleClass().add("danger");
        problems.textProperty().bind(model.problemsProperty());
        problems.visibleProperty().bind(model.problemsProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        problems.setMinHeight(Region.USE_PREF_SIZE);
        Label warnings = new Label();
        warnings.setId("mappingWarnings");
        warnings.setWrapText(true);
        warnings.getStyleClass().add("warning");
        warnings.textProperty().bind(model.warningsProperty());
        warnings.visibleProperty().bind(model.warningsProperty().isNotEmpty());
        warnings.managedProperty().bind(warnings.visibleProperty());
        warnings.setMinHeight(Region.USE_PREF_SIZE);

        ImportViewModel imports = model.imports();
        TextArea outcome = DataWindows.outcome(imports, "mappingOutcome");
        VBox progress = DataView.importProgress(imports);

        TextField name = new TextField();
        name.setId("datasetName");
        name.setPrefColumnCount(18);
        name.textProperty().bindBidirectional(model.nameProperty());
        CheckBox remember = new CheckBox("Remember this mapping for files with these columns");
        remember.setId("saveMapping");
        remember.selectedProperty().bindBidirectional(model.saveMappingProperty());
        Button importButton = new Button("Import");
        importButton.setId("importMapped");
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(model.validProperty().not().or(imports.runningProperty())
                .or(model.nameProperty().isEmpty()));
        importButton.setOnAction(e -> model.importNow());
        Button close = new Button("Close");
        close.setId("closeMapping");
        close.setCancelButton(true);
        close.setOnAction(e -> {
            imports.cancel();
            stage.close();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, new Label("Dataset name"), name, remember, spacer, importButton, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, problems, warnings, progress, outcome, buttons);
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }
}
