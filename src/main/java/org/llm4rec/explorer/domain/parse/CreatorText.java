package org.llm4rec.explorer.domain.parse;

import java.util.Optional;
import java.util.regex.Pattern;

/** Tells an author's name from other short text next to a title: a series note, a subtitle, a reason. */
final class CreatorText {
    private static final Pattern NAME_CHARACTERS = Pattern.compile("[\\p{L}.' ,&\u2019-]+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)(the|a|an) .*");
    private static final Pattern TRAILING_YEAR = Pattern.compile(",?\\s*\\d{4}\\s*$");
    private static final Pattern LEADING_BY = Pattern.compile("(?i)^by\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_MARKUP = Pattern.compile("^[*_\"\u201C]+");
    private static final int MAX_NAME_WORDS = 5;

    private CreatorText() {
    }

    /** "Cormac McCarthy", "J.R.R. Tolkien", "Terry Pratchett & Neil Gaiman"; not "The Hunger Games, #1". */
    static boolean looksLikeName(String text) {
        String s = text.strip();
        if (s.isEmpty() || !startsLikeName(s) || LEADING_ARTICLE.matcher(s).matches()) {
            return false;
        }
        return SPACES.split(s).length <= MAX_NAME_WORDS && NAME_CHARACTERS.matcher(s).matches();
    }

    /**
     * Whether text after "by" in an undelimited title is an author. One capitalised word is not enough there:
     * "Stand by Me" is a title, so a lone word needs to be an initialled or multi-word name.
     */
    static boolean looksLikeNameAfterBy(String text) {
        String s = text.strip();
        return startsLikeName(s) && (s.contains(" ") || s.contains("."));
    }

    static boolean startsLikeName(String text) {
        String s = LEADING_MARKUP.matcher(text).replaceFirst("");
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }

    /** The name in "(Cormac McCarthy)", "(by Frank Herbert)" or "(Frank Herbert, 1965)", if it is one. */
    static Optional<String> inParentheses(String inside) {
        String s = TRAILING_YEAR.matcher(LEADING_BY.matcher(inside.strip()).replaceFirst("")).replaceFirst("");
        return looksLikeName(s) ? Optional.of(s.strip()) : Optional.empty();
    }
}
