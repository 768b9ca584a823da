package org.llm4rec.explorer.dataset.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llm4rec.explorer.domain.Item;

/**
 * MovieLens 100K: {@code u.data} (tab: user, item, rating, time), {@code u.item} (pipe-separated, ISO-8859-1:
 * id, title with year, release date, video release date, IMDb URL, 19 genre flags), {@code u.genre} (the flags'
 * names) and {@code u.user} (pipe: id, age, gender, occupation, zip).
 */
final class MovieLens100k implements DatasetFormat {
    private static final int ITEM_FIXED_FIELDS = 5;

    @Override
    public String name() {
        return "MovieLens 100K";
    }

    @Override
    public String itemKind() {
        return "movie";
    }

    @Override
    public boolean detects(DatasetSource source) {
        return source.has("u.data") && source.has("u.item");
    }

    @Override
    public List<SourceFile> files(DatasetSource source) {
        return source.present(List.of("u.genre", "u.user"), List.of("u.item", "u.data"), name());
    }

    @Override
    public void read(DatasetSource source, ImportSession session) throws IOException {
        // Whole stars from 1 to 5.
        session.ratingScale(1, 5);
        List<String> genres = source.find("u.genre").isPresent() ? genres(source.find("u.genre").get(), session)
                : List.of();
        readItems(source.require("u.item", name()), genres, session);
        if (source.find("u.user").isPresent()) {
            readUsers(source.find("u.user").get(), session);
        }
        SourceFile data = source.require("u.data", name());
        try (RecordReader reader = RecordReader.utf8(session.open(data), "\t", false)) {
            new Interactions(0, 1, 2, 3, 4).read(session, data.name(), reader);
        }
    }

    /** u.genre lists "name|index" in index order. */
    private static List<String> genres(SourceFile file, ImportSession session) throws IOException {
        List<String> names = new ArrayList<>();
        try (RecordReader reader = new RecordReader(session.open(file), StandardCharsets.ISO_8859_1, "|", false)) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                session.row();
                names.add(row.get(0).strip());
            }
        }
        return names;
    }

    private void readItems(SourceFile file, List<String> genres, ImportSession session) throws IOException {
        try (RecordReader reader = new RecordReader(session.open(file), StandardCharsets.ISO_8859_1, "|", false)) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                long line = reader.recordLine();
                int expected = ITEM_FIXED_FIELDS + (genres.isEmpty() ? row.size() - ITEM_FIXED_FIELDS : genres.size());
                if (row.size() < ITEM_FIXED_FIELDS || row.size() != expected) {
                    session.skip(file.name(), line, "expected " + Math.max(expected, ITEM_FIXED_FIELDS)
                            + " fields, found " + row.size());
                    continue;
                }
                List<String> categories = new ArrayList<>();
                for (int i = ITEM_FIXED_FIELDS; i < row.size(); i++) {
                    if ("1".equals(row.get(i).strip())) {
                        categories.add(genres.isEmpty() ? "genre " + (i - ITEM_FIXED_FIELDS) : genres.get(i - ITEM_FIXED_FIELDS));
                    }
                }
                Values.TitleYear title = Values.titleYear(row.get(1));
                Map<String, String> details = new LinkedHashMap<>();
                details.put("release_date", row.get(2).strip());
                details.put("imdb_url", row.get(4).strip());
                session.item(file.name(), line, new Item(row.get(0).strip(), title.title(), "", title.year(),
                        String.join(", ", categories), 0), Values.json(details));
            }
        }
    }

    private static void readUsers(SourceFile file, ImportSession session) throws IOException {
        try (RecordReader reader = new RecordReader(session.open(file), StandardCharsets.ISO_8859_1, "|", false)) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                if (!session.wellFormed(file.name(), reader, row, 5)) {
                    continue;
                }
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("age", row.get(1).strip());
                attributes.put("gender", row.get(2).strip());
                attributes.put("occupation", row.get(3).strip());
                attributes.put("zip", row.get(4).strip());
                session.user(file.name(), reader.recordLine(), row.get(0).strip(), Values.json(attributes));
            }
        }
    }
}
