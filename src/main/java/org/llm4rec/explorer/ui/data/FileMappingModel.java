package org.llm4rec.explorer.ui.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.SavedMappings;
import org.llm4rec.explorer.dataset.imports.ColumnMapping;
import org.llm4rec.explorer.dataset.imports.FileSample;
import org.llm4rec.explorer.dataset.imports.MappingSpec;
import org.llm4rec.explorer.dataset.imports.Role;
import org.llm4rec.explorer.dataset.imports.TextLayout;
import org.llm4rec.explorer.ui.MessageProperty;

/**
 * One file of a column mapping: its detected layout (which the user may correct), its first rows, and the
 * column chosen for each role. A saved mapping for the same header is applied; otherwise roles are guessed from
 * column names.
 */
public final class FileMappingModel {
    static final int SAMPLE_ROWS = 200;
    /** Words in column names that suggest a role, for a first guess. */
    private static final Map<Role, List<String>> HINTS = Map.of(
            Role.USER, List.of("user", "reviewer", "customer", "uid"),
            Role.ITEM, List.of("item", "movie", "book", "product", "asin", "iid", "track", "song"),
            Role.RATING, List.of("rating", "score", "stars", "overall"),
            Role.TIMESTAMP, List.of("timestamp", "time", "date"),
            Role.TITLE, List.of("title", "name"),
            Role.CREATOR, List.of("author", "creator", "director", "artist", "brand"),
            Role.CATEGORIES, List.of("genre", "categor", "tags"),
            Role.YEAR, List.of("year"));

    private final Background background;
    private final SavedMappings saved;
    private final List<Role> allowedRoles;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<FileSample> sample = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final StringProperty delimiter = new SimpleStringProperty(",");
    private final BooleanProperty quoted = new SimpleBooleanProperty(true);
    private final BooleanProperty header = new SimpleBooleanProperty(true);
    private final BooleanProperty json = new SimpleBooleanProperty();
    private final StringProperty layoutText = new SimpleStringProperty("");
    private final StringProperty error = new MessageProperty();
    private final StringProperty savedCategorySeparator = new SimpleStringProperty();
    private final Map<Role, ObjectProperty<String>> roles = new EnumMap<>(Role.class);
    private final AtomicLong generation = new AtomicLong();
    private TextLayout layout;
    private boolean applyingLayout;

    public FileMappingModel(Background background, SavedMappings saved, List<Role> allowedRoles) {
        this.background = background;
        this.saved = saved;
        this.allowedRoles = List.copyOf(allowedRoles);
        allowedRoles.forEach(role -> roles.put(role, new SimpleObjectProperty<>()));
        delimiter.addListener((o, old, now) -> relayout());
        quoted.addListener((o, old, now) -> relayout());
        header.addListener((o, old, now) -> relayout());
    }

    /** Detects the file's layout and reads its first rows, in the background. */
    public void open(Path path) {
        file.set(path);
        error.set("");
        long ticket = generation.incrementAndGet();
        background.run("detect " + path.getFileName(), () -> {
            TextLayout detected = FileSample.detect(path);
            FileSample read = FileSample.read(path, detected, SAMPLE_ROWS);
            return new Opened(read, remembered(read));
        }, opened -> {
            if (ticket == generation.get()) {
                showLayout(opened.sample().layout());
                show(opened.sample(), opened.saved());
            }
        }, failure -> showError(path, failure));
    }

    private record Opened(FileSample sample, Optional<MappingSpec.Saved> saved) {
    }

    /** A saved mapping only for files whose columns have names: numbered columns say nothing about the file. */
    private Optional<MappingSpec.Saved> remembered(FileSample read) {
        return read.layout().header() ? saved.find(read.columns()) : Optional.empty();
    }

    private void relayout() {
        Path path = file.get();
        if (applyingLayout || path == null || layout == null || layout.json()) {
            return;
        }
        String chosen = delimiter.get() == null ? "" : unescape(delimiter.get());
        if (chosen.isEmpty()) {
            return;
        }
        TextLayout changed = layout.withDelimiter(chosen).withQuoted(quoted.get()).withHeader(header.get());
        long ticket = generation.incrementAndGet();
        background.run("read " + path.getFileName(), () -> {
            FileSample read = FileSample.read(path, changed, SAMPLE_ROWS);
            return new Opened(read, remembered(read));
        }, opened -> {
            if (ticket == generation.get()) {
                layout = changed;
                layoutText.set(changed.describe());
                show(opened.sample(), opened.saved());
            }
        }, failure -> showError(path, failure));
    }

    /** "\t" typed as backslash-t means a tab. */
    static String unescape(String text) {
        return text.replace("\\t", "\t");
    }

    static String escape(String delimiter) {
        return delimiter.replace("\t", "\\t");
    }

    private void showLayout(TextLayout detected) {
        layout = detected;
        applyingLayout = true;
        try {
            json.set(detected.json());
            delimiter.set(escape(detected.delimiter()));
            quoted.set(detected.quoted());
            header.set(detected.header());
        } finally {
            applyingLayout = false;
        }
        layoutText.set(detected.describe());
    }

    private void show(FileSample read, Optional<MappingSpec.Saved> remembered) {
        error.set(read.rows().isEmpty() ? read.name() + " has no rows to import in this layout." : "");
        List<String> before = new ArrayList<>(columns);
        columns.setAll(read.columns());
        sample.set(read);
        if (remembered.isPresent() && !remembered.get().roles().isEmpty()) {
            roles.forEach((role, column) -> column.set(remembered.get().roles().get(role)));
            savedCategorySeparator.set(remembered.get().categorySeparator());
            return;
        }
        roles.forEach((role, column) -> {
            if (column.get() == null || !columns.contains(column.get()) || !before.equals(columns)) {
                column.set(guess(role));
            }
        });
    }

    private String guess(Role role) {
        for (String hint : HINTS.get(role)) {
            for (String column : columns) {
                String name = column.toLowerCase(Locale.ROOT);
                if (name.contains(hint) && roles.entrySet().stream()
                        .noneMatch(e -> e.getKey() != role && column.equals(e.getValue().get()))) {
                    return column;
                }
            }
        }
        return null;
    }

    private void showError(Path path, Throwable failure) {
        error.set("Cannot read " + path + ": " + failure.getMessage());
        columns.clear();
        sample.set(null);
    }

    /** The mapping as chosen, or null until the file is read. */
    public ColumnMapping.FileMapping mapping() {
        if (sample.get() == null) {
            return null;
        }
        Map<Role, String> chosen = new EnumMap<>(Role.class);
        roles.forEach((role, column) -> {
            if (column.get() != null && !column.get().isBlank()) {
                chosen.put(role, column.get());
            }
        });
        return new ColumnMapping.FileMapping(file.get(), layout, chosen);
    }

    /** Remembers the chosen roles for files with this header. */
    public void save(String categorySeparator) {
        FileSample read = sample.get();
        ColumnMapping.FileMapping chosen = mapping();
        if (read != null && read.layout().header() && chosen != null) {
            List<String> header = read.columns();
            background.run("save mapping", () -> {
                saved.save(header, chosen.columns(), categorySeparator);
                return header;
            }, done -> { }, failure -> { });
        }
    }

    /** Everything that changes the mapped result, for listeners. */
    public Observable[] dependencies() {
        List<Observable> all = new ArrayList<>(roles.values());
        all.add(sample);
        all.add(error);
        return all.toArray(Observable[]::new);
    }

    public List<Role> allowedRoles() {
        return allowedRoles;
    }

    public ObjectProperty<String> role(Role role) {
        return roles.get(role);
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyObjectProperty<FileSample> sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public StringProperty delimiterProperty() {
        return delimiter;
    }

    public BooleanProperty quotedProperty() {
        return quoted;
    }

    public BooleanProperty headerProperty() {
        return header;
    }

    public BooleanProperty jsonProperty() {
        return json;
    }

    public StringProperty layoutTextProperty() {
        return layoutText;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** The category separator of the saved mapping last applied, or null. */
    public StringProperty savedCategorySeparatorProperty() {
        return savedCategorySeparator;
    }
}
