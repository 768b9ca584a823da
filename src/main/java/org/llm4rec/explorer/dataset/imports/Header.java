package org.llm4rec.explorer.dataset.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A file's header row: finds columns by name, and names a missing one with the file. */
public final class Header {
    private final String file;
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();
    /** Names given to more than one column: reading either would be a guess. */
    private final Map<String, Integer> repeated = new HashMap<>();

    public Header(String file, List<String> names) {
        this.file = file;
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            String key = names.get(i).strip().toLowerCase(Locale.ROOT);
            Integer first = index.putIfAbsent(key, i);
            if (first != null) {
                repeated.putIfAbsent(key, i);
            }
        }
    }

    public static Header read(String file, RecordReader reader) throws java.io.IOException {
        List<String> row = reader.next();
        if (row == null) {
            throw new ImportException(file + " is empty; expected a header row.");
        }
        if (reader.tooLong()) {
            throw notADataset(file);
        }
        return new Header(file, row);
    }

    /** A file whose first line exceeds the bound has no header to read: it is refused as a whole. */
    static ImportException notADataset(String file) {
        return new ImportException(file + " is not a dataset file: its first line is " + LineReader.TOO_LONG + ".");
    }

    /** The column's index; an {@link ImportException} naming the file and column when it is absent. */
    public int require(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        Integer at = index.get(key);
        if (repeated.containsKey(key)) {
            throw new ImportException(file + " has two columns named '" + name + "' (columns " + (at + 1) + " and "
                    + (repeated.get(key) + 1) + "), so which one to read is unclear: rename one.");
        }
        if (at == null) {
            throw new ImportException(file + " has no column '" + name + "' (its header: "
                    + String.join(", ", names) + ").");
        }
        return at;
    }

    /** The column's index, or -1. */
    public int find(String name) {
        return index.getOrDefault(name.toLowerCase(Locale.ROOT), -1);
    }

    public int size() {
        return names.size();
    }

    public List<String> names() {
        return names;
    }
}
