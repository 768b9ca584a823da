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
 * {@code genre:token_seq}). Item fields are mapped by name: a field with "title" or "name" is the title, "year"
 * the year, "genre", "categor", "class" or "tag" the categories, "author", "director", "brand" or "artist" the
 * creators; everything else is kept as detail. Without an .item file, items are those interacted with.
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
        for (SourceFile file : source.matching(f -> f.hasExtension("inter"))) {
            readInteractions(file, session, itemFiles.isEmpty());
        }
    }

    /** A header whose names have their ":type" removed, so that columns are found by name. */
    private static Header header(SourceFile file, RecordReader reader) throws IOException {
        List<String> names = new ArrayList<>();
        for (String typed : Header.read(file.name(), reader).names()) {
            int colon = typed.indexOf(':');
            names.add((colon < 0 ? typed : typed.substring(0, colon)).strip());
        }
        return new Header(file.name(), names);
    }

    private static void readItems(SourceFile file, ImportSession session) throws IOException {
        try (RecordReader reader = RecordReader.utf8(session.open(file), "\t", false)) {
            Header header = header(file, reader);
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
                Integer published = null;
                if (year >= 0 && !row.get(year).isBlank()) {
                    try {
                        published = (int) Values.timestamp(row.get(year));
                    } catch (NumberFormatException e) {
                        session.skip(file.name(), line, "the year is not a number: '" + row.get(year) + "'");
                        continue;
                    }
                }
                Map<String, String> details = new LinkedHashMap<>();
                for (int i = 0; i < row.size(); i++) {
                    if (i != id && i != title && i != year && i != categories && i != creators && !row.get(i).isBlank()) {
                        details.put(header.names().get(i), row.get(i).strip());
                    }
                }
                String itemId = row.get(id).strip();
                session.item(file.name(), line, new Item(itemId, title < 0 ? itemId : row.get(title).strip(),
                        creators < 0 ? "" : row.get(creators).strip(), published,
                        categories < 0 ? "" : String.join(", ", row.get(categories).strip().split("\\s+")), 0),
                        details.isEmpty() ? null : Values.json(details));
            }
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

    private static void readInteractions(SourceFile file, ImportSession session, boolean itemsFromInteractions)
            throws IOException {
        try (RecordReader reader = RecordReader.utf8(session.open(file), "\t", false)) {
            Header header = header(file, reader);
            session.itemsFromInteractions(itemsFromInteractions);
            new Interactions(header.require("user_id"), header.require("item_id"), header.find("rating"),
                    header.find("timestamp"), header.size()).read(session, file.name(), reader);
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
