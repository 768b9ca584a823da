package org.llm4rec.explorer.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns what a person or a model typed into safe pieces of a query. User text never reaches FTS5 unquoted, so
 * quotes, '*', '-', ':', AND/OR/NEAR and brackets are searched for as characters instead of being read as query
 * syntax; LIKE patterns get their wildcards escaped.
 */
final class SearchText {
    /** The trigram tokenizer cannot match fewer characters than this. */
    static final int TRIGRAM = 3;
    /** Enough to identify any title; keeps a pasted paragraph from becoming a huge query. */
    private static final int MAX_TRIGRAMS = 64;

    private SearchText() {
    }

    /** Control characters removed, runs of white space made one space, trimmed; null becomes empty. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
            } else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT
                    && Character.getType(cp) != Character.SURROGATE) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** The lower-case form titles are compared in; Java's folding covers every script, SQLite's only ASCII. */
    static String fold(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** An FTS5 string literal: the text in double quotes, its own double quotes doubled. */
    static String quote(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /**
     * An FTS5 expression matching titles that share any trigram with the text; bm25 then ranks titles sharing
     * more, and rarer, trigrams first. That is what makes a misspelling ("Hunger Gams") still find the title.
     */
    static String anyTrigramOfTitle(String cleanText) {
        List<String> grams = new ArrayList<>(trigrams(cleanText.toLowerCase(Locale.ROOT)));
        StringBuilder query = new StringBuilder("title : (");
        for (int i = 0; i < grams.size(); i++) {
            query.append(i == 0 ? "" : " OR ").append(quote(grams.get(i)));
        }
        return query.append(')').toString();
    }

    private static Set<String> trigrams(String text) {
        int[] cps = text.codePoints().toArray();
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + TRIGRAM <= cps.length && grams.size() < MAX_TRIGRAMS; i++) {
            grams.add(new String(cps, i, TRIGRAM));
        }
        return grams;
    }

    /** Every word as a quoted substring, all required: "tolkien hob" finds The Hobbit by J.R.R. Tolkien. */
    static String allWords(List<String> words) {
        StringBuilder query = new StringBuilder();
        for (String w : words) {
            query.append(query.length() == 0 ? "" : " AND ").append(quote(w));
        }
        return query.toString();
    }

    /** A LIKE pattern for text anywhere, with '%', '_' and the escape character itself escaped by '\'. */
    static String containsPattern(String text) {
        return "%" + escapeLike(text) + "%";
    }

    /**
     * The least text above every text starting with the prefix, in SQLite's binary order (that of UTF-8 bytes):
     * the prefix followed by the highest code point.
     */
    static String prefixEnd(String prefix) {
        return prefix + new String(Character.toChars(Character.MAX_CODE_POINT));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
