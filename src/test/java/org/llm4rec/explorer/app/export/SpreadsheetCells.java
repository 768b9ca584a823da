package org.llm4rec.explorer.app.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.llm4rec.explorer.dataset.imports.RecordReader;

/** Reads a written CSV as a spreadsheet would, to find the cells it would run as formulas. */
public final class SpreadsheetCells {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private SpreadsheetCells() {
    }

    /** Every cell of the text (comment lines split at their commas too) that starts like a formula. */
    public static List<String> formulas(String csv) {
        List<String> cells = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        for (String line : csv.split("\r?\n", -1)) {
            if (line.startsWith("#")) {
                cells.addAll(List.of(line.split(",", -1)));
            } else {
                table.append(line).append('\n');
            }
        }
        try (RecordReader reader = RecordReader.utf8(
                new ByteArrayInputStream(table.toString().getBytes(StandardCharsets.UTF_8)), ",", true)) {
            for (List<String> record = reader.next(); record != null; record = reader.next()) {
                cells.addAll(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells.stream().map(String::stripLeading).filter(SpreadsheetCells::runs).toList();
    }

    private static boolean runs(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches();
    }
}
