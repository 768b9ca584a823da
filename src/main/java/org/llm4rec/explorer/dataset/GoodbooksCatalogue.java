package org.llm4rec.explorer.dataset;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.llm4rec.explorer.domain.Item;

/**
 * Reads goodbooks-10k's {@code books.csv} into catalogue items: id from book_id, title, authors as creators,
 * original_publication_year as the year, ratings_count as popularity. The file has no genres, so categories
 * stay empty.
 */
public final class GoodbooksCatalogue {
    private static final List<String> REQUIRED =
            List.of("book_id", "title", "authors", "original_publication_year", "ratings_count");

    private GoodbooksCatalogue() {
    }

    public static List<Item> read(Path booksCsv) throws IOException {
        try (Reader reader = Files.newBufferedReader(booksCsv, StandardCharsets.UTF_8)) {
            return read(reader, booksCsv.getFileName().toString());
        }
    }

    /**
     * @param source what to call the text in error messages
     */
    public static List<Item> read(Reader reader, String source) throws IOException {
        return readWithOtherTitles(reader, source).items();
    }

    /**
     * The books and, by book id, their original_title where it differs from the title ("Harry Potter and the
     * Philosopher's Stone" for "Harry Potter and the Sorcerer's Stone (Harry Potter, #1)"): a model may name a book
     * by either.
     */
    public record Books(List<Item> items, Map<String, List<String>> otherTitles) {
    }

    public static Books readWithOtherTitles(Reader reader, String source) throws IOException {
        CsvReader csv = new CsvReader(reader, source);
        List<String> header = csv.next();
        if (header == null) {
            throw new CsvFormatException(source, 1, "the file is empty; expected a header row");
        }
        Map<String, Integer> columns = columns(header, source);
        List<Item> items = new ArrayList<>(10_000);
        Map<String, List<String>> otherTitles = new HashMap<>();
        Integer originalTitle = columns.get("original_title");
        for (List<String> row = csv.next(); row != null; row = csv.next()) {
            if (row.size() == 1 && row.get(0).isEmpty()) {
                continue;
            }
            if (row.size() != header.size()) {
                throw new CsvFormatException(source, csv.recordLine(),
                        "expected " + header.size() + " fields as in the header, found " + row.size());
            }
            Item item = item(row, columns, source, csv.recordLine());
            items.add(item);
            String original = originalTitle == null ? "" : row.get(originalTitle).strip();
            if (!original.isEmpty() && !original.equalsIgnoreCase(item.title())) {
                otherTitles.put(item.id(), List.of(original));
            }
        }
        return new Books(items, otherTitles);
    }

    private static Map<String, Integer> columns(List<String> header, String source) throws CsvFormatException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip(), i);
        }
        for (String name : REQUIRED) {
            if (!columns.containsKey(name)) {
                throw new CsvFormatException(source, 1, "the header has no column '" + name
                        + "'; is this goodbooks-10k's books.csv?");
            }
        }
        return columns;
    }

    private static Item item(List<String> row, Map<String, Integer> columns, String source, int line)
            throws CsvFormatException {
        String id = row.get(columns.get("book_id")).strip();
        if (id.isEmpty()) {
            throw new CsvFormatException(source, line, "book_id is empty");
        }
        return new Item(id, row.get(columns.get("title")).strip(), row.get(columns.get("authors")).strip(),
                year(row.get(columns.get("original_publication_year")), source, line), "",
                count(row.get(columns.get("ratings_count")), source, line));
    }

    /** Years are written as decimals ("2008.0"), and ancient works have negative ones ("-720.0"). */
    private static Integer year(String text, String source, int line) throws CsvFormatException {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(s).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new CsvFormatException(source, line, "original_publication_year is not a year: '" + s + "'");
        }
    }

    private static long count(String text, String source, int line) throws CsvFormatException {
        String s = text.strip();
        if (s.isEmpty()) {
            return 0;
        }
        try {
            return new BigDecimal(s).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new CsvFormatException(source, line, "ratings_count is not a whole number: '" + s + "'");
        }
    }
}
