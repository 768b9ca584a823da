package org.llm4rec.explorer.dataset.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.llm4rec.explorer.domain.Item;

/**
 * RecBole atomic files: tab-separated {@code X.inter}, {@code X.item} and {@code X.user} whose header names each
 * field with its type ({@code user_id:token}, {@code rating:float}, {@code timestamp:float},
 * {@code genre:token_seq}). A {@code token} is a string whatever it looks like, a {@code token_seq} strings
 * separated by spaces. Item fields are mapped by name: a field with "title" or "name" is the title, "year" the
 * year (when it is one: RecBole's MovieLens has "unknown" and "V" there, kept as details), "genre", "categor",
 * "class" or "tag" the categories, "author", "director", "brand" or "artist" the creators; everything else is kept
 * as detail. Without an .item file, items are those interacted with. Sequential benchmark files (an
 * {@code item_id_list} field) are read by {@link RecBoleSequences}.
 */
final class RecBoleAtomic implements DatasetFormat {

    @Override
    public String name() {
        return "RecBole atomic files";
    }

    @Override
    public String itemKind() {
        return "item";
    }

    @Override
    public boolean detects(DatasetSource source) {
        return !source.matching(f -> f.hasExtension("inter")).isEmpty();
    }

    @Override
    public List<SourceFile> files(DatasetSource source) {
        List<SourceFile> files = new ArrayList<>(source.matching(f -> f.hasExtension("item")));
        files.addAll(source.matching(f -> f.hasExtension("user")));
        files.addAll(source.matching(f -> f.hasExtension("inter")));
        return files;
    }

    @Override
    public void read(DatasetSource source, ImportSession session) throws IOException {
        List<SourceFile> itemFiles = source.matching(f -> f.hasExtension("item"));
        for (SourceFile file : itemFiles) {
            readItems(file, session);
        }
        for (SourceFile file : source.matching(f -> f.hasExtension("user"))) {
            readUsers(file, session);
        }
        session.itemsFromInteractions(itemFiles.isEmpty());
        RecBoleSequences sequences = new RecBoleSequences();
        for (SourceFile file : source.matching(f -> f.hasExtension("inter"))) {
            readInteractions(file, session, sequences);
        }
        sequences.store(session);
    }

    /** A header whose names have their ":type" removed, so that columns are found by name. */
    private static Header header(SourceFile file, RecordReader reader) throws IOException {
        return typed(file, reader).header();
    }

    /**
     * The header's names without their ":type", and each field's type: {@code token} (one string, even when it
     * looks like a number), {@code token_seq} (strings separated by spaces), {@code float}, {@code float_seq}.
     */
    private record TypedHeader(Header header, List<String> types) {
        boolean isSequence(int column) {
            return column >= 0 && types.get(column).endsWith("_seq");
        }
    }

    private static TypedHeader typed(SourceFile file, RecordReader reader) throws IOException {
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (String typed : Header.read(file.name(), reader).names()) {
            int colon = typed.indexOf(':');
            names.add((colon < 0 ? typed : typed.substring(0, colon)).strip());
            types.add(colon < 0 ? "token" : typed.substring(colon + 1).strip().toLowerCase(Locale.ROOT));
        }
        return new TypedHeader(new Header(file.name(), names), types);
    }

    private static void readItems(SourceFile file, ImportSession session) throws IOException {
        try (RecordReader reader = RecordReader.utf8(session.open(file), "\t", false)) {
            TypedHeader typed = typed(file, reader);
            Header header = typed.header();
            int id = header.require("item_id");
            int title = column(header, "title", "name");
            int year = column(header, "year");
            int categories = column(header, "genre", "categor", "class", "tag");
            int creators = column(header, "author", "director", "brand", "artist");
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                long line = reader.recordLine();
                if (!session.wellFormed(file.name(), reader, row, header.size())) {
                    continue;
                }
                String itemId = row.get(id).strip();
                Values.TitleYear named = title < 0 ? new Values.TitleYear(itemId, null) : titleAndYear(row.get(title));
                Integer published = year < 0 ? null : year(row.get(year));
                Map<String, String> details = new LinkedHashMap<>();
                for (int i = 0; i < row.size(); i++) {
                    // A year that is not one ("unknown", a stray "V") is kept as written among the details.
                    boolean used = i == id || i == title || i == categories || i == creators
                            || i == year && published != null;
                    if (!used && !row.get(i).isBlank()) {
                        details.put(header.names().get(i), row.get(i).strip());
                    }
                }
                String kinds = categories < 0 ? "" : row.get(categories).strip();
                session.item(file.name(), line, new Item(itemId, named.title(),
                        creators < 0 ? "" : row.get(creators).strip(), published != null ? published : named.year(),
                        typed.isSequence(categories) ? categories(kinds) : kinds, 0),
                        details.isEmpty() ? null : Values.json(details));
            }
        }
    }

    /**
     * A token_seq of categories: RecBole separates tokens by spaces ("Animation Children's Comedy"), but files
     * converted from CSVs often keep their commas ("Drama, Slice of Life"), which then separate the categories.
     */
    private static String categories(String tokens) {
        return String.join(", ", tokens.split(tokens.indexOf(',') >= 0 ? "\\s*,\\s*" : "\\s+"));
    }

    /**
     * The title as written; when it ends in a year in parentheses, as a few of RecBole's MovieLens titles still do
     * ("Land Before Time III: The Time of the Great Giving (1995)"), that year is split off as MovieLens's own
     * files are read.
     */
    private static Values.TitleYear titleAndYear(String text) {
        Values.TitleYear split = Values.titleYear(text);
        return split.title().isBlank() ? new Values.TitleYear(text.strip(), null) : split;
    }

    /** The year when the field holds a whole number (RecBole types years as tokens: any text), else null. */
    private static Integer year(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            long value = Values.timestamp(s);
            return value > 0 && value < 10_000 ? (int) value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void readUsers(SourceFile file, ImportSession session) throws IOException {
        try (RecordReader reader = RecordReader.utf8(session.open(file), "\t", false)) {
            Header header = header(file, reader);
            int id = header.require("user_id");
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                if (!session.wellFormed(file.name(), reader, row, header.size())) {
                    continue;
                }
                Map<String, String> attributes = new LinkedHashMap<>();
                for (int i = 0; i < row.size(); i++) {
                    if (i != id) {
                        attributes.put(header.names().get(i), row.get(i).strip());
                    }
                }
                session.user(file.name(), reader.recordLine(), row.get(id).strip(), Values.json(attributes));
            }
        }
    }

    private static void readInteractions(SourceFile file, ImportSession session, RecBoleSequences sequences)
            throws IOException {
        try (RecordReader reader = RecordReader.utf8(session.open(file), "\t", false)) {
            Header header = header(file, reader);
            if (RecBoleSequences.isSequential(header)) {
                sequences.read(session, file.name(), reader, header);
            } else {
                new Interactions(header.require("user_id"), header.require("item_id"), header.find("rating"),
                        header.find("timestamp"), header.size()).read(session, file.name(), reader);
            }
        }
    }

    /** The first field whose name contains any of the words, or -1. */
    private static int column(Header header, String... words) {
        for (int i = 0; i < header.size(); i++) {
            String name = header.names().get(i).toLowerCase(Locale.ROOT);
            for (String word : words) {
                if (name.contains(word)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
