package org.llm4rec.explorer.domain.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an answer written as a list: numbered lines, bullets, or {@code Title (Year) - reason} lines. Lines that
 * follow an item (sub-bullets, indented text, or text directly below it) add to its explanation, or give its
 * author when labelled so.
 */
final class ListAnswer {
    private static final Pattern NUMBERED = Pattern.compile(
            "^(\\s*)(?:#{1,6}\\s*)?(?:\\*\\*|__)?(?:#\\s?)?\\d{1,3}\\s*[.)](?:\\*\\*|__)?\\s+(.*\\S)\\s*$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*\u2022+\u2013]\\s+(.*\\S)\\s*$");
    private static final Pattern TITLE_YEAR_REASON =
            Pattern.compile("^\\S.*?\\s*\\(\\d{4}\\)\\s*[-\u2013\u2014:]\\s*\\S.*$");
    private static final Pattern LABELLED = Pattern.compile(
            "^(?:\\*\\*|__)?([\\p{L}'\u2019 ]{2,40}?)(?:\\*\\*|__)?\\s*:\\s*(?:\\*\\*|__)?\\s*(.*)$");
    private static final Set<String> CREATOR_LABELS = Set.of("author", "authors", "by", "writer", "written by",
            "director", "directed by", "creator");
    private static final Set<String> IGNORED_LABELS = Set.of("year", "published", "publication year", "genre",
            "genres", "pages", "rating", "series", "released", "release year", "length", "title");
    private static final int MAX_TITLE_LENGTH = 300;

    private enum Kind { NUMBERED, BULLET, TITLE_YEAR, BLANK, TEXT }

    private record Line(Kind kind, int indent, String body) {
    }

    private ListAnswer() {
    }

    static List<ItemFields> read(String text) {
        List<Line> lines = text.lines().map(ListAnswer::classify).toList();
        Kind itemKind = lines.stream().anyMatch(l -> l.kind() == Kind.NUMBERED) ? Kind.NUMBERED
                : lines.stream().anyMatch(l -> l.kind() == Kind.BULLET) ? Kind.BULLET : Kind.TITLE_YEAR;

        List<ItemFields> items = new ArrayList<>();
        ItemFields current = null;
        int currentIndent = 0;
        boolean blankSinceItem = false;
        for (Line line : lines) {
            boolean startsItem = line.kind() == itemKind
                    && (current == null || itemKind != Kind.BULLET || line.indent() <= currentIndent);
            if (startsItem) {
                flush(items, current);
                current = ItemText.parse(line.body());
                currentIndent = line.indent();
                blankSinceItem = false;
            } else if (line.kind() == Kind.BLANK) {
                blankSinceItem = true;
            } else if (current != null && continues(line, currentIndent, blankSinceItem)) {
                current = addDetail(current, line.body());
            } else {
                flush(items, current);
                current = null;
            }
        }
        flush(items, current);
        return items;
    }

    private static Line classify(String raw) {
        if (raw.isBlank()) {
            return new Line(Kind.BLANK, 0, "");
        }
        Matcher numbered = NUMBERED.matcher(raw);
        if (numbered.matches()) {
            return new Line(Kind.NUMBERED, indent(numbered.group(1)), numbered.group(2));
        }
        Matcher bullet = BULLET.matcher(raw);
        if (bullet.matches()) {
            return new Line(Kind.BULLET, indent(bullet.group(1)), bullet.group(2));
        }
        if (TITLE_YEAR_REASON.matcher(raw).matches()) {
            return new Line(Kind.TITLE_YEAR, 0, raw.strip());
        }
        return new Line(Kind.TEXT, indent(raw.substring(0, raw.length() - raw.stripLeading().length())),
                raw.strip());
    }

    /** Right below an item anything continues it; after a blank line only indented or bulleted text does. */
    private static boolean continues(Line line, int itemIndent, boolean blankSinceItem) {
        if (line.indent() > itemIndent || line.kind() == Kind.BULLET) {
            return true;
        }
        return !blankSinceItem && line.kind() == Kind.TEXT;
    }

    private static ItemFields addDetail(ItemFields item, String detail) {
        Matcher labelled = LABELLED.matcher(detail);
        if (labelled.matches()) {
            String label = labelled.group(1).strip().toLowerCase(Locale.ROOT);
            String value = labelled.group(2);
            if (CREATOR_LABELS.contains(label)) {
                return item.creator().isEmpty() ? item.withCreator(ItemText.creator(value)) : item;
            }
            if (IGNORED_LABELS.contains(label)) {
                return item;
            }
        }
        return item.withMoreExplanation(ItemText.explanation(detail));
    }

    private static void flush(List<ItemFields> items, ItemFields item) {
        if (item != null && item.hasTitle() && item.title().length() <= MAX_TITLE_LENGTH) {
            items.add(item);
        }
    }

    private static int indent(String whitespace) {
        return whitespace.replace("\t", "    ").length();
    }
}
