package org.llm4rec.explorer.domain.parse;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one item written as text: {@code **Title** by Author - reason}, {@code "Title" (2005): reason},
 * {@code Title (Author) - reason}, {@code Title - Author - reason}. Years in parentheses are dropped; a trailing
 * "by Author" becomes the creator.
 */
final class ItemText {
    private static final Map<Character, Character> QUOTES = Map.of(
            '"', '"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\'', '\'', '\u2018', '\u2019', '*', '*', '_', '_',
            '`', '`');
    /** Small words that join the parts of a title, as in {@code "Quotes" and Other Stories}. */
    private static final Pattern TITLE_WORD = Pattern.compile("(and|or|of|the|in|on|&)\\s+\\p{Lu}");
    private static final String PAIRED_QUOTES = "\"\u201C\u00AB\u2018'";
    private static final String DASH = "(?:-{1,2}|\u2013|\u2014)";
    /**
     * A title set in square brackets, as some models mark titles ({@code [Heat] - a crime epic}): the brackets
     * go when a separator, a year or the end follows; {@code [REC] 2} keeps them as part of the title.
     */
    private static final Pattern BRACKETED_TITLE = Pattern.compile(
            "^([*_]*)\\[([^\\[\\]]+)]([*_]*)(?=\\s*(?:$|[-\u2013\u2014:,(]|by\\s))");
    private static final Pattern TITLE_LABEL = Pattern.compile("(?i)^(?:\\*\\*)?(?:title|book|movie|film)\\s*:"
            + "(?:\\*\\*)?\\s*");
    private static final Pattern YEAR_THEN_SEPARATOR =
            Pattern.compile("^(.*?)\\s*\\((\\d{4})[^)]*\\)\\s*(?:[-\u2013\u2014:]+)\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern DASH_SEPARATOR = Pattern.compile("\\s+" + DASH + "\\s+|\\s*\u2014\\s*");
    private static final Pattern COLON = Pattern.compile(":\\s+");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=\\p{L}{3})\\.\\s+(?=\\p{Lu})");
    private static final Pattern YEAR_IN_PARENS = Pattern.compile("\\s*\\((?:c\\.\\s*)?\\d{4}(?:[^)\\d][^)]*)?\\)");
    private static final Pattern LEADING_YEAR = Pattern.compile("^\\s*\\((?:c\\.\\s*)?\\d{4}(?:[^)\\d][^)]*)?\\)");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\((?:c\\.\\s*)?(\\d{4})\\b[^)]*\\)");
    private static final Pattern SUBTITLE_THEN_YEAR = Pattern.compile("[^.!?()]{1,80}\\((?:c\\.\\s*)?\\d{4}\\)");
    private static final Pattern LEADING_PARENS = Pattern.compile("^\\s*\\(([^)]*)\\)");
    private static final Pattern TRAILING_PARENS = Pattern.compile("^(.*\\S)\\s*\\(([^)]*)\\)\\s*$");
    private static final Pattern TRAILING_BY = Pattern.compile("^(.*\\S)\\s+(?:by|By|BY)\\s+(\\S.*)$");
    private static final Pattern CREDIT_WORD = Pattern.compile("(?i)[,\\s]*(?:written|directed|edited)\\s*$");
    private static final Pattern LEADING_BY =
            Pattern.compile("(?is)^[,\\s]*(?:(?:written|directed)\\s+)?by\\s+(.*)$");
    private static final Pattern LEADING_EMPHASISED_NAME =
            Pattern.compile("^\\s*(?:" + DASH + "|,)\\s*([*_])([^*_]+)\\1(.*)$", Pattern.DOTALL);
    private static final Pattern CREATOR_END = Pattern.compile("\\s+" + DASH + "\\s+|\u2014|:\\s|\\s\\(");
    private static final Pattern NAME_THEN_DASH = Pattern.compile("^([^-\u2013\u2014]+?)\\s+" + DASH + "\\s+(.*)$",
            Pattern.DOTALL);
    private static final Pattern EXPLANATION_LABEL = Pattern.compile(
            "(?i)^(?:reason|why|explanation|because|why you[\u2019']?ll (?:like|love|enjoy) it|why it fits)"
                    + "\\s*:\\s*");
    // Compiled once: titles are read for every listed item, and experiments read thousands of lists a second.
    private static final Pattern EDGE_MARKUP = Pattern.compile("^[*_`]+|[*_`]+$");
    private static final Pattern TRAILING_CLAUSE_MARKS = Pattern.compile("[,;:]+$");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[.,;:]+$");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[-\u2013\u2014:,.\\s]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?]$");
    private static final int SENTENCE_WORDS = 6;

    private ItemText() {
    }

    static ItemFields parse(String body) {
        ItemFields read = read(body);
        return read.withYear(yearBefore(body, body.length() - read.explanation().length()));
    }

    /** The year in parentheses next to the title, not one the reason mentions. */
    private static Integer yearBefore(String body, int end) {
        Matcher year = WRITTEN_YEAR.matcher(body);
        return year.find() && year.start() < Math.max(end, 0) ? Integer.valueOf(year.group(1)) : null;
    }

    private static ItemFields read(String body) {
        String text = TITLE_LABEL.matcher(MarkdownLinks.toText(body.strip())).replaceFirst("");
        text = BRACKETED_TITLE.matcher(text).replaceFirst("$1$2$3");
        String[] delimited = delimitedTitle(text);
        if (delimited != null) {
            return rest(head(delimited[0], true), delimited[1]);
        }
        String[] split = splitExplanation(text);
        ItemFields head = head(split[0], false);
        String reason = split[1];
        if (head.creator().isEmpty()) {
            // "Title - Author - reason": a name between two dashes.
            Matcher nameThenDash = NAME_THEN_DASH.matcher(reason);
            if (nameThenDash.matches() && CreatorText.looksLikeNameAfterBy(nameThenDash.group(1))
                    && CreatorText.looksLikeName(nameThenDash.group(1))) {
                return new ItemFields(head.title(), creator(nameThenDash.group(1)),
                        explanation(nameThenDash.group(2)));
            }
        }
        return new ItemFields(head.title(), head.creator(), explanation(reason));
    }

    static String title(String raw) {
        String s = raw.replace("**", "").replace("__", "").strip();
        s = stripPairedQuotes(s);
        s = EDGE_MARKUP.matcher(s).replaceAll("").strip();
        s = stripPairedQuotes(s);
        s = TRAILING_CLAUSE_MARKS.matcher(s).replaceAll("").strip();
        return SPACES.matcher(s).replaceAll(" ");
    }

    /** A line that holds only a title (with perhaps a year or author): its dashes are part of the title. */
    static ItemFields bare(String body) {
        ItemFields read = parse(body);
        return read.explanation().isEmpty() ? read
                : new ItemFields(titleWithoutYear(body), "", "", read.year());
    }

    static String titleWithoutYear(String raw) {
        return title(YEAR_IN_PARENS.matcher(raw).replaceAll(""));
    }

    static String creator(String raw) {
        return TRAILING_MARKS.matcher(title(raw)).replaceAll("").strip();
    }

    static String explanation(String raw) {
        String s = raw.replace("**", "").replace("__", "").strip();
        s = LEADING_MARKS.matcher(s).replaceAll("");
        return EXPLANATION_LABEL.matcher(s).replaceFirst("").strip();
    }

    /** A title the answer marked off with bold or quotes: {title inside, what follows}, or null. */
    private static String[] delimitedTitle(String text) {
        for (String marker : new String[] {"**", "__"}) {
            if (text.startsWith(marker)) {
                int close = text.indexOf(marker, marker.length());
                if (close > marker.length()) {
                    return new String[] {text.substring(marker.length(), close), text.substring(close + 2)};
                }
            }
        }
        if (text.isEmpty() || !QUOTES.containsKey(text.charAt(0))) {
            return null;
        }
        char closer = QUOTES.get(text.charAt(0));
        for (int i = text.indexOf(closer, 1); i > 1; i = text.indexOf(closer, i + 1)) {
            // An apostrophe inside a word ("'Salem's Lot") is not the closing quote.
            boolean endsWord = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
            if (endsWord) {
                return continuesTitle(text.substring(i + 1)) ? null
                        : new String[] {text.substring(1, i), text.substring(i + 1)};
            }
        }
        return null;
    }

    /**
     * Whether the text after a closing quote goes on with the title ({@code "Quotes" and Other Stories}) rather
     * than after it (a creator, a year, a separator before the reason): then the quotes were part of the title.
     */
    private static boolean continuesTitle(String after) {
        String rest = after.strip();
        return !rest.isEmpty() && after.startsWith(" ") && Character.isLowerCase(rest.charAt(0))
                && TITLE_WORD.matcher(rest).lookingAt();
    }

    /** Splits undelimited text into the part naming the item and the reason. */
    private static String[] splitExplanation(String text) {
        Matcher year = YEAR_THEN_SEPARATOR.matcher(text);
        if (year.matches()) {
            return new String[] {year.group(1), year.group(3)};
        }
        Matcher dash = DASH_SEPARATOR.matcher(text);
        if (dash.find() && dash.start() > 0) {
            return new String[] {text.substring(0, dash.start()), text.substring(dash.end())};
        }
        Matcher colon = COLON.matcher(text);
        if (colon.find() && colon.start() > 0) {
            String before = text.substring(0, colon.start());
            String after = text.substring(colon.end());
            // "Austin Powers: The Spy Who Shagged Me (1999), directed by Jay Roach": a year closes the subtitle.
            boolean subtitleThenYear = SUBTITLE_THEN_YEAR.matcher(after).lookingAt();
            if (!subtitleThenYear && (TRAILING_BY.matcher(before).matches() || looksLikeSentence(after))) {
                return new String[] {before, after};
            }
        }
        Matcher sentence = SENTENCE_BREAK.matcher(text);
        if (sentence.find() && TRAILING_BY.matcher(text.substring(0, sentence.start())).matches()) {
            return new String[] {text.substring(0, sentence.start()), text.substring(sentence.end())};
        }
        return new String[] {text, ""};
    }

    /** Subtitles are short noun phrases; reasons are sentences. */
    private static boolean looksLikeSentence(String text) {
        int words = SPACES.split(text.strip()).length;
        return words >= SENTENCE_WORDS || (words >= 3 && SENTENCE_END.matcher(text.strip()).matches());
    }

    /** The part naming the item: title, maybe "by Author", maybe a year or author in parentheses. */
    private static ItemFields head(String raw, boolean delimited) {
        String s = YEAR_IN_PARENS.matcher(raw).replaceAll("").strip();
        Matcher by = TRAILING_BY.matcher(s);
        if (by.matches() && (delimited ? CreatorText.startsLikeName(by.group(2))
                : CreatorText.looksLikeNameAfterBy(by.group(2)))) {
            return new ItemFields(title(CREDIT_WORD.matcher(by.group(1)).replaceFirst("")), creator(by.group(2)), "");
        }
        Matcher parens = TRAILING_PARENS.matcher(s);
        if (parens.matches()) {
            Optional<String> name = CreatorText.inParentheses(parens.group(2));
            if (name.isPresent()) {
                return new ItemFields(title(parens.group(1)), creator(name.get()), "");
            }
        }
        return new ItemFields(title(s), "", "");
    }

    /** What follows a delimited title: "(2005)", "(Series, #1)" or "(Author)", "by Author", then the reason. */
    private static ItemFields rest(ItemFields head, String raw) {
        String title = head.title();
        String creator = head.creator();
        String s = LEADING_YEAR.matcher(raw).replaceFirst("");
        Matcher parens = LEADING_PARENS.matcher(s);
        if (parens.find()) {
            Optional<String> name = CreatorText.inParentheses(parens.group(1));
            if (name.isPresent()) {
                creator = creator.isEmpty() ? creator(name.get()) : creator;
            } else {
                // A series note belongs to the title, as the catalogues write it.
                title = title + " (" + parens.group(1).strip() + ")";
            }
            s = LEADING_YEAR.matcher(s.substring(parens.end())).replaceFirst("");
        }
        Matcher by = LEADING_BY.matcher(s);
        Matcher emphasisedName = LEADING_EMPHASISED_NAME.matcher(s);
        if (by.matches()) {
            String after = by.group(1);
            Matcher end = CREATOR_END.matcher(after);
            int cut = end.find() ? end.start() : after.length();
            creator = creator(after.substring(0, cut));
            s = LEADING_YEAR.matcher(after.substring(cut)).replaceFirst("");
        } else if (creator.isEmpty() && emphasisedName.matches()
                && CreatorText.looksLikeName(emphasisedName.group(2))) {
            // "**Dune** - *Frank Herbert*": the author set in italics after the title.
            creator = creator(emphasisedName.group(2));
            s = emphasisedName.group(3);
        }
        return new ItemFields(title, creator, explanation(s));
    }

    private static String stripPairedQuotes(String s) {
        if (s.length() >= 2 && PAIRED_QUOTES.indexOf(s.charAt(0)) >= 0
                && s.charAt(s.length() - 1) == QUOTES.get(s.charAt(0))) {
            return s.substring(1, s.length() - 1).strip();
        }
        return s;
    }
}
