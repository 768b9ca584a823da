package org.llm4rec.explorer.dataset.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llm4rec.explorer.domain.Item;

/**
 * MovieLens 1M and 10M: {@code movies.dat} (id::title (year)::genres|joined), {@code ratings.dat}
 * (user::item::rating::time) and, in 1M only, {@code users.dat} (id::gender::age::occupation::zip). 1M is
 * ISO-8859-1, 10M UTF-8; the movie file is small enough to read whole and tell which.
 */
final class MovieLensDat implements DatasetFormat {
    private static final String SEPARATOR = "::";

    @Override
    public String name() {
        return "MovieLens 1M / 10M";
    }

    @Override
    public String itemKind() {
        return "movie";
    }

    @Override
    public boolean detects(DatasetSource source) {
        return source.has("ratings.dat") && source.has("movies.dat");
    }

    @Override
    public List<SourceFile> files(DatasetSource source) {
        return source.present(List.of("users.dat"), List.of("movies.dat", "ratings.dat"), name());
    }

    @Override
    public void read(DatasetSource source, ImportSession session) throws IOException {
        // 1M has whole stars from 1 to 5, 10M half stars from 0.5.
        session.ratingScale(0.5, 5);
        readMovies(source.require("movies.dat", name()), session);
        if (source.has("users.dat")) {
            readUsers(source.find("users.dat").get(), session);
        }
        SourceFile ratings = source.require("ratings.dat", name());
        try (RecordReader reader = RecordReader.utf8(session.open(ratings), SEPARATOR, false)) {
            new Interactions(0, 1, 2, 3, 4).read(session, ratings.name(), reader);
        }
    }

    private static void readMovies(SourceFile file, ImportSession session) throws IOException {
        byte[] bytes;
        try (InputStream in = session.open(file)) {
            bytes = in.readAllBytes();
        }
        try (RecordReader reader = new RecordReader(new ByteArrayInputStream(bytes), Values.charsetOf(bytes),
                SEPARATOR, false)) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                if (!session.wellFormed(file.name(), reader, row, 3)) {
                    continue;
                }
                Values.TitleYear title = Values.titleYear(row.get(1));
                session.item(file.name(), reader.recordLine(), new Item(row.get(0).strip(), title.title(), "",
                        title.year(), MovieLensCsv.genres(row.get(2)), 0), null);
            }
        }
    }

    private static void readUsers(SourceFile file, ImportSession session) throws IOException {
        try (RecordReader reader = RecordReader.utf8(session.open(file), SEPARATOR, false)) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                if (!session.wellFormed(file.name(), reader, row, 5)) {
                    continue;
                }
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("gender", row.get(1).strip());
                attributes.put("age", row.get(2).strip());
                attributes.put("occupation", row.get(3).strip());
                attributes.put("zip", row.get(4).strip());
                session.user(file.name(), reader.recordLine(), row.get(0).strip(), Values.json(attributes));
            }
        }
    }
}
