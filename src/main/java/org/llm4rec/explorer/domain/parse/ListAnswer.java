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
    private static final Pattern TITLE_YEAR_ONLY = Pattern.compile("^\\S.*?\\s*\\(\\d{4}\\)\\s*$");
    /** "I recommend: A (1995), B, C." on one line: the part after the colon, split at commas. */
    private static final Pattern RUN_ON = Pattern.compile("^(?:[^:\\n]*:\\s+)?([^\\n]+?)[.!]?$");
    /** A question, or one sentence ending before another begins: prose, not a line of titles. */
    private static final Pattern PROSE = Pattern.compile("\\?\\s*$|\\p{Ll}{2}[.?!]\\s+\\p{Lu}");
    /** JSON, markup and control tokens: not a line of titles. */
    private static final Pattern NOT_TITLES = Pattern.compile("[{}\\[\\]<>|~]");
    private static final Pattern STARTS_LIKE_TITLE = Pattern.compile("^[\"'\u201C*_]*[\\p{L}\\p{N}].*");
    /** A comma outside parentheses: "Forever Odd (Odd Thomas, #2)" is one title. */
    private static final Pattern RUN_ON_SEPARATOR = Pattern.compile(",\\s+(?:and\\s+)?(?![^(]*\\))");
    private static final Pattern SENTENCE_LIKE = Pattern.compile(".*[.!?:]$");
    /** Product titles run long: "Burt's Bees 100% Natural Moisturizing Lip Balm, Original Beeswax, 4 Tubes". */
    private static final int MAX_BARE_TITLE_WORDS = 16;
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
        if (onlyTitles(lines)) {
            return lines.stream().filter(l -> l.kind() != Kind.BLANK).map(l -> ItemText.bare(l.body()))
                    .filter(ItemFields::hasTitle).toList();
        }
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

    /**
     * An answer of short lines that read as no sentence, "Title (Year)" or a title alone, one per line: each
     * line is an item, not the reason of the line above.
     */
    private static boolean onlyTitles(List<Line> lines) {
        return lines.stream().filter(l -> l.kind() != Kind.BLANK).count() >= 2
                && lines.stream().allMatch(l -> l.kind() == Kind.BLANK
                        || l.kind() == Kind.TITLE_YEAR && TITLE_YEAR_ONLY.matcher(l.body()).matches()
                        || l.kind() == Kind.TEXT && bareTitle(l.body()));
    }

    private static boolean bareTitle(String text) {
        return !SENTENCE_LIKE.matcher(text).matches() && text.split("\\s+").length <= MAX_BARE_TITLE_WORDS
                && !NOT_TITLES.matcher(text).find();
    }

    /** One line naming the items one after another, separated by commas, or naming a single item. */
    static List<ItemFields> runOn(String text) {
        String line = text.strip();
        java.util.regex.Matcher m = RUN_ON.matcher(line);
        if (line.contains("\n") || NOT_TITLES.matcher(line).find() || PROSE.matcher(line).find() || !m.matches()) {
            return List.of();
        }
        List<ItemFields> items = new ArrayList<>();
        for (String part : RUN_ON_SEPARATOR.split(m.group(1))) {
            if (!STARTS_LIKE_TITLE.matcher(part.strip()).matches()
                    || part.strip().split("\\s+").length > MAX_BARE_TITLE_WORDS) {
                return List.of();
            }
            items.add(ItemText.parse(part.strip()));
        }
        boolean introduced = m.group(1).length() < line.length() - 1;
        // An answer of one title and nothing else ("Dune") is that title.
        boolean aloneTitle = items.size() == 1 && bareTitle(line) && Character.isUpperCase(line.codePointAt(0));
        return items.size() >= 2 || introduced || aloneTitle ? items : List.of();
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
        if (TITLE_YEAR_REASON.matcher(raw).matches() || TITLE_YEAR_ONLY.matcher(raw.strip()).matches()) {
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
