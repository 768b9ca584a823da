package org.llm4rec.explorer.dataset.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.llm4rec.explorer.domain.Item;

/**
 * goodbooks-10k: {@code books.csv} (book_id, goodreads_book_id, authors, original_publication_year, title, ...),
 * {@code ratings.csv} (user_id, book_id, rating), and optionally {@code to_read.csv} (user_id, book_id: books
 * users marked to read, kept as interactions without a rating) and {@code book_tags.csv} (goodreads_book_id,
 * tag_id, count) with {@code tags.csv} (tag_id, tag_name), whose most used tags become a book's categories.
 */
final class Goodbooks implements DatasetFormat {
    private static final int TAGS_PER_BOOK = 5;
    private static final List<String> DETAILS = List.of("goodreads_book_id", "isbn", "original_title", "image_url");

    @Override
    public String name() {
        return "goodbooks-10k";
    }

    @Override
    public String itemKind() {
        return "book";
    }

    @Override
    public boolean detects(DatasetSource source) {
        return source.has("books.csv") && source.has("ratings.csv");
    }

    @Override
    public List<SourceFile> files(DatasetSource source) {
        return source.present(List.of("tags.csv", "book_tags.csv", "to_read.csv"),
                List.of("books.csv", "ratings.csv"), name());
    }

    @Override
    public void read(DatasetSource source, ImportSession session) throws IOException {
        // Whole stars from 1 to 5.
        session.ratingScale(1, 5);
        Map<String, String> bookTags = source.has("tags.csv") && source.has("book_tags.csv")
                ? bookTags(source.find("tags.csv").get(), source.find("book_tags.csv").get(), session) : Map.of();
        readBooks(source.require("books.csv", name()), bookTags, session);
        SourceFile ratings = source.require("ratings.csv", name());
        try (RecordReader reader = RecordReader.utf8(session.open(ratings), ",", true)) {
            Header header = Header.read(ratings.name(), reader);
            new Interactions(header.require("user_id"), header.require("book_id"), header.require("rating"), -1,
                    header.size()).read(session, ratings.name(), reader);
        }
        if (source.has("to_read.csv")) {
            SourceFile toRead = source.find("to_read.csv").get();
            try (RecordReader reader = RecordReader.utf8(session.open(toRead), ",", true)) {
                Header header = Header.read(toRead.name(), reader);
                new Interactions(header.require("user_id"), header.require("book_id"), -1, -1, header.size())
                        .read(session, toRead.name(), reader);
            }
        }
    }

    /**
     * Reads {@code books.csv} into items. Popularity is the book's ratings_count, which a full import replaces by
     * the count of its interactions; the catalogue read alone (the sample that ships with the app) keeps it.
     */
    static void readBooks(SourceFile file, Map<String, String> bookTags, ImportSession session) throws IOException {
        try (RecordReader reader = RecordReader.utf8(session.open(file), ",", true)) {
            Header header = Header.read(file.name(), reader);
            int id = header.require("book_id");
            int title = header.require("title");
            int authors = header.require("authors");
            int year = header.find("original_publication_year");
            int ratings = header.find("ratings_count");
            int goodreads = header.find("goodreads_book_id");
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                long line = reader.recordLine();
                if (!session.wellFormed(file.name(), reader, row, header.size())) {
                    continue;
                }
                String bookId = row.get(id).strip();
                if (bookId.isEmpty()) {
                    session.skip(file.name(), line, "book_id is empty");
                    continue;
                }
                Integer published;
                long popularity;
                try {
                    published = year < 0 || row.get(year).isBlank() ? null
                            : new BigDecimal(row.get(year).strip()).intValueExact();
                } catch (ArithmeticException | NumberFormatException e) {
                    session.skip(file.name(), line, "original_publication_year is not a year: '" + row.get(year) + "'");
                    continue;
                }
                try {
                    popularity = ratings < 0 || row.get(ratings).isBlank() ? 0
                            : new BigDecimal(row.get(ratings).strip()).longValueExact();
                } catch (ArithmeticException | NumberFormatException e) {
                    session.skip(file.name(), line, "ratings_count is not a whole number: '" + row.get(ratings) + "'");
                    continue;
                }
                String tags = goodreads < 0 ? "" : bookTags.getOrDefault(row.get(goodreads).strip(), "");
                session.item(file.name(), line, new Item(bookId, row.get(title).strip(),
                        row.get(authors).strip(), published, tags, popularity),
                        details(header, row));
            }
        }
    }

    private static String details(Header header, List<String> row) {
        Map<String, String> details = new LinkedHashMap<>();
        for (String name : DETAILS) {
            int at = header.find(name);
            if (at >= 0 && !row.get(at).isBlank()) {
                details.put(name, row.get(at).strip());
            }
        }
        return Values.json(details);
    }

    /** Each goodreads book id's most used tag names, comma separated. */
    private static Map<String, String> bookTags(SourceFile tagsFile, SourceFile bookTagsFile, ImportSession session)
            throws IOException {
        Map<String, String> tagNames = new HashMap<>();
        try (RecordReader reader = RecordReader.utf8(session.open(tagsFile), ",", true)) {
            Header header = Header.read(tagsFile.name(), reader);
            int id = header.require("tag_id");
            int name = header.require("tag_name");
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                session.row();
                if (row.size() == header.size()) {
                    tagNames.put(row.get(id).strip(), row.get(name).strip());
                }
            }
        }
        Map<String, Map<String, Long>> counts = new HashMap<>();
        try (RecordReader reader = RecordReader.utf8(session.open(bookTagsFile), ",", true)) {
            Header header = Header.read(bookTagsFile.name(), reader);
            int book = header.require("goodreads_book_id");
            int tag = header.require("tag_id");
            int count = header.require("count");
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                session.row();
                String name = row.size() == header.size() ? tagNames.get(row.get(tag).strip()) : null;
                if (name == null) {
                    session.skip(bookTagsFile.name(), reader.recordLine(), row.size() != header.size()
                            ? "expected " + header.size() + " fields, found " + row.size()
                            : "unknown tag id " + row.get(tag).strip() + " (not in " + tagsFile.name() + ")");
                    continue;
                }
                try {
                    counts.computeIfAbsent(row.get(book).strip(), k -> new HashMap<>())
                            .merge(name, Long.parseLong(row.get(count).strip()), Long::sum);
                } catch (NumberFormatException e) {
                    session.skip(bookTagsFile.name(), reader.recordLine(), "count is not a whole number: '"
                            + row.get(count) + "'");
                }
            }
        }
        Map<String, String> top = new HashMap<>();
        counts.forEach((book, tags) -> top.put(book, tags.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TAGS_PER_BOOK)
                .map(Map.Entry::getKey).collect(Collectors.joining(", "))));
        return top;
    }
}
