package org.llm4rec.explorer.domain.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Reads an answer laid out as a markdown table whose header names a title column. */
final class TableAnswer {
    private static final Pattern SEPARATOR_ROW = Pattern.compile("^\\|?[\\s:|-]*-{2,}[\\s:|-]*$");
    private static final Set<String> TITLE_HEADERS = Set.of("title", "book", "movie", "film", "name", "booktitle",
            "movietitle", "item");
    private static final Set<String> CREATOR_HEADERS = Set.of("author", "authors", "by", "creator", "director",
            "writer");

    private TableAnswer() {
    }

    static List<ItemFields> read(String text) {
        List<List<String>> rows = text.lines().map(String::strip)
                .filter(l -> l.startsWith("|") && !SEPARATOR_ROW.matcher(l).matches())
                .map(TableAnswer::cells).toList();
        if (rows.size() < 2) {
            return List.of();
        }
        List<String> header = rows.get(0).stream().map(TableAnswer::headerKey).toList();
        int title = indexOf(header, h -> TITLE_HEADERS.contains(h));
        if (title < 0) {
            return List.of();
        }
        int creator = indexOf(header, CREATOR_HEADERS::contains);
        int explanation = indexOf(header, h -> h.contains("why") || h.contains("reason") || h.contains("explanation")
                || h.equals("because") || h.equals("description"));

        List<ItemFields> items = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            ItemFields fromTitle = ItemText.parse(cell(row, title));
            String writtenCreator = creator >= 0 ? ItemText.creator(cell(row, creator)) : fromTitle.creator();
            ItemFields item = new ItemFields(fromTitle.title(), writtenCreator,
                    explanation >= 0 ? ItemText.explanation(cell(row, explanation)) : "");
            if (item.hasTitle()) {
                items.add(item);
            }
        }
        return items;
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index) : "";
    }

    private static String headerKey(String cell) {
        return cell.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static int indexOf(List<String> header, Predicate<String> wanted) {
        for (int i = 0; i < header.size(); i++) {
            if (wanted.test(header.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
