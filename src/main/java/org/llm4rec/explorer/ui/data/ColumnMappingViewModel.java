package org.llm4rec.explorer.ui.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.app.SavedMappings;
import org.llm4rec.explorer.dataset.imports.ColumnMapping;
import org.llm4rec.explorer.dataset.imports.MappedRow;
import org.llm4rec.explorer.dataset.imports.MappingCheck;
import org.llm4rec.explorer.dataset.imports.Role;
import org.llm4rec.explorer.ui.MessageProperty;
import org.llm4rec.explorer.ui.task.TaskList;

/**
 * Importing a file of any layout: the interactions file and an optional items file, each with its columns
 * mapped to roles; a preview of the mapped rows; the check's errors and warnings; and the import itself.
 */
public final class ColumnMappingViewModel {
    static final int PREVIEW_ROWS = 20;

    private final FileMappingModel interactions;
    private final FileMappingModel items;
    private final ImportViewModel imports;
    private final StringProperty categorySeparator = new SimpleStringProperty("|");
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty saveMapping = new SimpleBooleanProperty(true);
    private final ObservableList<MappedRow> preview = FXCollections.observableArrayList();
    private final StringProperty problems = new MessageProperty();
    private final StringProperty warnings = new MessageProperty();
    private final BooleanProperty valid = new SimpleBooleanProperty();

    public ColumnMappingViewModel(DatasetImportService service, SavedMappings saved, TaskList tasks,
                                  Consumer<String> onImported) {
        this.interactions = new FileMappingModel(tasks.background(), saved, List.of(Role.values()));
        this.items = new FileMappingModel(tasks.background(), saved, Role.itemRoles());
        this.imports = new ImportViewModel(service, tasks, onImported);
        List<Observable> inputs = new ArrayList<>(List.of(interactions.dependencies()));
        inputs.addAll(List.of(items.dependencies()));
        inputs.add(categorySeparator);
        inputs.add(items.fileProperty());
        inputs.forEach(input -> input.addListener(o -> refresh()));
        interactions.savedCategorySeparatorProperty().addListener((o, old, separator) -> {
            if (separator != null && !separator.isEmpty()) {
                categorySeparator.set(separator);
            }
        });
        interactions.fileProperty().addListener((o, old, file) -> {
            if (file != null) {
                name.set(DatasetImportService.defaultName(file));
            }
        });
    }

    public void open(Path file) {
        interactions.open(file);
    }

    /** Adds a separate items file; null removes it. */
    public void openItems(Path file) {
        if (file == null) {
            items.fileProperty().set(null);
        } else {
            items.open(file);
        }
    }

    /** The mapping as chosen, or null until the interactions file is read. */
    public ColumnMapping mapping() {
        ColumnMapping.FileMapping main = interactions.mapping();
        if (main == null) {
            return null;
        }
        ColumnMapping.FileMapping itemFile = items.fileProperty().get() == null ? null : items.mapping();
        return new ColumnMapping(main, itemFile, categorySeparator.get());
    }

    private void refresh() {
        ColumnMapping mapping = mapping();
        if (mapping == null) {
            preview.clear();
            valid.set(false);
            problems.set(interactions.errorProperty().get());
            warnings.set("");
            return;
        }
        if (items.fileProperty().get() != null && items.mapping() == null) {
            valid.set(false);
            problems.set(items.errorProperty().get().isEmpty()
                    ? "Reading " + items.fileProperty().get().getFileName() + "…" : items.errorProperty().get());
            return;
        }
        MappingCheck.Result result = MappingCheck.check(mapping, interactions.sampleProperty().get(),
                items.sampleProperty().get());
        boolean identified = mapping.interactions().columns().containsKey(Role.USER)
                && mapping.interactions().columns().containsKey(Role.ITEM);
        // Rows without their user and item say nothing yet; the table's placeholder says what to map.
        preview.setAll(!identified ? List.of() : MappingCheck.preview(interactions.sampleProperty().get(),
                mapping.interactions(), mapping.categorySeparator()).rows().stream().limit(PREVIEW_ROWS).toList());
        problems.set(String.join("\n", result.errors()));
        warnings.set(String.join("\n", result.warnings()));
        valid.set(result.ok());
    }

    /** Checks the mapping again, saves it when asked, and imports in the background. */
    public void importNow() {
        refresh();
        ColumnMapping mapping = mapping();
        if (!valid.get() || mapping == null || imports.runningProperty().get()) {
            return;
        }
        if (saveMapping.get()) {
            interactions.save(mapping.categorySeparator());
            if (mapping.items() != null) {
                items.save(mapping.categorySeparator());
            }
        }
        imports.startMapped(mapping, name.get());
    }

    public FileMappingModel interactions() {
        return interactions;
    }

    public FileMappingModel items() {
        return items;
    }

    public ImportViewModel imports() {
        return imports;
    }

    public StringProperty categorySeparatorProperty() {
        return categorySeparator;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanProperty saveMappingProperty() {
        return saveMapping;
    }

    public ObservableList<MappedRow> preview() {
        return preview;
    }

    public StringProperty problemsProperty() {
        return problems;
    }

    /** Rows the import will skip, when the mapping is otherwise fine. */
    public StringProperty warningsProperty() {
        return warnings;
    }

    public BooleanProperty validProperty() {
        return valid;
    }
}
