package org.llm4rec.explorer.dataset.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a file of records in a {@link TextLayout} as rows of text fields, one per named column: the header's
 * names, "column 1", "column 2", … without a header, or JSON keys (an array's elements joined by "|", an
 * object as JSON text).
 */
public final class TabularReader implements AutoCloseable {
    /** How a JSON array's elements are joined, so that a categories column can split them again. */
    public static final String JSON_ARRAY_SEPARATOR = "|";

    private final String name;
    private final TextLayout layout;
    private final RecordReader records;
    private final LineReader lines;
    private List<String> columns;
    private List<String> pending;
    /** Set while the keys come from the objects themselves (a sample), so that later keys are added too. */
    private final boolean growing;
    private long line;
    private String problem;

    private TabularReader(String name, InputStream in, TextLayout layout, List<String> jsonKeys) {
        this.name = name;
        this.layout = layout;
        if (layout.json()) {
            this.lines = new LineReader(new InputStreamReader(in, layout.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)));
            this.records = null;
            this.columns = jsonKeys == null ? List.of() : List.copyOf(jsonKeys);
        } else {
            this.records = new RecordReader(in, layout.charset(), layout.delimiter(), layout.quoted());
            this.lines = null;
        }
        this.growing = layout.json() && jsonKeys == null;
    }

    /**
     * @param name     the file's name, for messages
     * @param jsonKeys for JSON lines, the keys to read as columns; null to take those of the first objects
     */
    public static TabularReader open(String name, InputStream in, TextLayout layout, List<String> jsonKeys)
            throws IOException {
        TabularReader reader = new TabularReader(name, in, layout, jsonKeys);
        reader.readColumns();
        return reader;
    }

    private void readColumns() throws IOException {
        if (layout.json()) {
            return;
        }
        List<String> first = records.next();
        if (first == null) {
            columns = List.of();
        } else if (records.tooLong()) {
            throw Header.notADataset(name);
        } else if (layout.header()) {
            columns = first.stream().map(String::strip).toList();
        } else {
            columns = numbered(first.size());
            pending = first;
        }
    }

    static List<String> numbered(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add("column " + i);
        }
        return names;
    }

    /** The column names; for JSON lines read without keys, those of the objects read so far. */
    public List<String> columns() {
        return columns;
    }

    /** The next row, or null at the end; {@link #problem()} says what is wrong with it, if anything. */
    public List<String> next() throws IOException {
        if (!layout.json()) {
            if (pending != null) {
                List<String> row = pending;
                pending = null;
                line = records.recordLine();
                problem = records.problem();
                return row;
            }
            List<String> row = records.next();
            line = records.recordLine();
            problem = row == null ? null : records.problem();
            return row;
        }
        return nextJson();
    }

    private List<String> nextJson() throws IOException {
        String text;
        do {
            text = lines.readLine();
            line++;
            if (text == null) {
                return null;
            }
        } while (text.isBlank() && !lines.tooLong());
        if (lines.tooLong()) {
            problem = LineReader.TOO_LONG;
            return List.of();
        }
        problem = null;
        JsonNode node;
        try {
            node = Values.Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            problem = "not a JSON object: " + e.getOriginalMessage();
            return List.of();
        }
        if (!node.isObject()) {
            problem = "not a JSON object";
            return List.of();
        }
        if (text.indexOf('\uFFFD') >= 0) {
            problem = "bad encoding (bytes that are not valid text in this file's encoding)";
        }
        return values(node);
    }

    private List<String> values(JsonNode node) {
        if (growing) {
            Set<String> keys = new LinkedHashSet<>(columns);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                keys.add(it.next().getKey());
            }
            columns = List.copyOf(keys);
        }
        List<String> row = new ArrayList<>(columns.size());
        for (String key : columns) {
            row.add(text(node.get(key)));
        }
        return row;
    }

    static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.isContainerNode() ? v.toString() : v.asText()));
            return String.join(JSON_ARRAY_SEPARATOR, parts);
        }
        return value.isObject() ? value.toString() : value.asText();
    }

    /** The line the last row began on, from 1. */
    public long line() {
        return line;
    }

    public String problem() {
        return problem;
    }

    @Override
    public void close() throws IOException {
        if (records != null) {
            records.close();
        } else {
            lines.close();
        }
    }
}
