package org.llm4rec.explorer.dataset.imports;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llm4rec.explorer.domain.Item;

/**
 * MovieLens latest, 20M, 25M and 32M: {@code movies.csv} (movieId, title (quoted when it holds a comma), genres
 * |-joined), {@code ratings.csv} (userId, movieId, rating in half stars, timestamp), and optionally
 * {@code links.csv} (IMDb and TMDb ids) and {@code tags.csv} (free-text tags users gave movies).
 */
final class MovieLensCsv implements DatasetFormat {
    private static final String NO_GENRES = "(no genres listed)";
    /** A movie's most frequent tags; enough to describe it, bounded so 25M's tags fit in memory. */
    private static final int TAGS_PER_MOVIE = 10;

    @Override
    public String name() {
        return "MovieLens (CSV: latest, 20M, 25M, 32M)";
    }

    @Override
    public String itemKind() {
        return "movie";
    }

    @Override
    public boolean detects(DatasetSource source) {
        return source.has("ratings.csv") && source.has("movies.csv");
    }

    @Override
    public List<SourceFile> files(DatasetSource source) {
        return source.present(List.of("links.csv", "tags.csv"), List.of("movies.csv", "ratings.csv"), name());
    }

    @Override
    public void read(DatasetSource source, ImportSession session) throws IOException {
        // Half stars from 0.5 to 5.
        session.ratingScale(0.5, 5);
        Map<String, Map<String, String>> links = source.has("links.csv")
                ? links(source.find("links.csv").get(), session) : Map.of();
        Map<String, Map<String, Integer>> tags = source.has("tags.csv")
                ? tags(source.find("tags.csv").get(), session) : Map.of();
        readMovies(source.require("movies.csv", name()), links, tags, session);
        SourceFile ratings = source.require("ratings.csv", name());
        try (RecordReader reader = RecordReader.utf8(session.open(ratings), ",", true)) {
            Header header = Header.read(ratings.name(), reader);
            new Interactions(header.require("userId"), header.require("movieId"), header.require("rating"),
                    header.find("timestamp"), header.size()).read(session, ratings.name(), reader);
        }
    }

    static String genres(String joined) {
        String s = joined.strip();
        return s.isEmpty() || s.equals(NO_GENRES) ? "" : String.join(", ", s.split("\\|"));
    }

    private static void readMovies(SourceFile file, Map<String, Map<String, String>> links,
                                   Map<String, Map<String, Integer>> tags, ImportSession session) throws IOException {
        try (RecordReader reader = RecordReader.utf8(session.open(file), ",", true)) {
            Header header = Header.read(file.name(), reader);
            int id = header.require("movieId");
            int title = header.require("title");
            int genres = header.find("genres");
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                long line = reader.recordLine();
                if (!session.wellFormed(file.name(), reader, row, header.size())) {
                    continue;
                }
                String movieId = row.get(id).strip();
                Values.TitleYear titleYear = Values.titleYear(row.get(title));
                Map<String, Object> details = new LinkedHashMap<>(links.getOrDefault(movieId, Map.of()));
                Map<String, Integer> movieTags = tags.get(movieId);
                if (movieTags != null) {
                    details.put("tags", movieTags.entrySet().stream()
                            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                            .limit(TAGS_PER_MOVIE).map(Map.Entry::getKey).toList());
                }
                session.item(file.name(), line, new Item(movieId, titleYear.title(), "", titleYear.year(),
                        genres < 0 ? "" : genres(row.get(genres)), 0), details.isEmpty() ? null : Values.json(details));
            }
        }
    }

    private static Map<String, Map<String, String>> links(SourceFile file, ImportSession session) throws IOException {
        Map<String, Map<String, String>> links = new HashMap<>();
        try (RecordReader reader = RecordReader.utf8(session.open(file), ",", true)) {
            Header header = Header.read(file.name(), reader);
            int id = header.require("movieId");
            int imdb = header.find("imdbId");
            int tmdb = header.find("tmdbId");
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                session.row();
                if (!session.wellFormed(file.name(), reader, row, header.size())) {
                    continue;
                }
                Map<String, String> ids = new LinkedHashMap<>();
                if (imdb >= 0 && !row.get(imdb).isBlank()) {
                    ids.put("imdb_id", row.get(imdb).strip());
                }
                if (tmdb >= 0 && !row.get(tmdb).isBlank()) {
                    ids.put("tmdb_id", row.get(tmdb).strip());
                }
                links.put(row.get(id).strip(), ids);
            }
        }
        return links;
    }

    private static Map<String, Map<String, Integer>> tags(SourceFile file, ImportSession session) throws IOException {
        Map<String, Map<String, Integer>> tags = new HashMap<>();
        try (RecordReader reader = RecordReader.utf8(session.open(file), ",", true)) {
            Header header = Header.read(file.name(), reader);
            int movie = header.require("movieId");
            int tag = header.require("tag");
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                session.row();
                if (!session.wellFormed(file.name(), reader, row, header.size())) {
                    continue;
                }
                String text = row.get(tag).strip().toLowerCase(java.util.Locale.ROOT);
                if (!text.isEmpty()) {
                    tags.computeIfAbsent(row.get(movie).strip(), k -> new HashMap<>()).merge(text, 1, Integer::sum);
                }
            }
        }
        return tags;
    }
}
