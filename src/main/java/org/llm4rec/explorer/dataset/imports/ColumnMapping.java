package org.llm4rec.explorer.dataset.imports;

import java.nio.file.Path;
import java.util.Map;

/**
 * Which columns of an arbitrary file hold what: the interactions file (user, item, and optionally rating, time
 * and the item's fields), and optionally a separate items file (item id and fields).
 *
 * @param items             the items file, or null when items come from the interactions file
 * @param categorySeparator splits a categories column into categories ("|" in "Comedy|Drama")
 */
public record ColumnMapping(FileMapping interactions, FileMapping items, String categorySeparator) {

    /** One file's layout and the column each role is read from. */
    public record FileMapping(Path file, TextLayout layout, Map<Role, String> columns) {
        public FileMapping {
            columns = Map.copyOf(columns);
        }

        public String name() {
            return file.getFileName().toString();
        }
    }
}
