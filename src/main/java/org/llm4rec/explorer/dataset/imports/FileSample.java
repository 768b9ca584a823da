package org.llm4rec.explorer.dataset.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first rows of a file as read in a layout, for a preview and to check a mapping before importing.
 *
 * @param lines the line each row began on, from 1
 */
public record FileSample(Path file, TextLayout layout, List<String> columns, List<List<String>> rows,
                         List<Long> lines) {
    private static final int HEAD_BYTES = 64 * 1024;

    /** Works out the file's layout from its first bytes (decompressed when .gz). */
    public static TextLayout detect(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return TextLayout.detect(in.readNBytes(HEAD_BYTES));
        }
    }

    public static FileSample read(Path file, TextLayout layout, int maxRows) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (TabularReader reader = TabularReader.open(file.getFileName().toString(), open(file), layout, null)) {
            for (List<String> row = reader.next(); row != null && rows.size() < maxRows; row = reader.next()) {
                if (reader.problem() == null) {
                    rows.add(row);
                    lines.add(reader.line());
                }
            }
            List<String> columns = reader.columns();
            // JSON objects met later may add keys: pad earlier rows so that every row has every column.
            if (layout.json()) {
                rows.replaceAll(row -> padded(row, columns.size()));
            }
            return new FileSample(file, layout, columns, List.copyOf(rows), List.copyOf(lines));
        }
    }

    private static List<String> padded(List<String> row, int size) {
        List<String> copy = new ArrayList<>(row);
        while (copy.size() < size) {
            copy.add("");
        }
        return copy;
    }

    /** Opens the file, decompressing .gz. */
    static InputStream open(Path file) throws IOException {
        SourceFile source = DatasetSource.file(file);
        return source.openText(source.opener().open());
    }

    /** The file name, for messages. */
    public String name() {
        return file.getFileName().toString();
    }
}
