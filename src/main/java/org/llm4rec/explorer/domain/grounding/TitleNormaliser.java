package org.llm4rec.explorer.domain.grounding;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces a title to a key that survives the ways models rewrite titles: case, accents, punctuation, a leading
 * article, a series note in parentheses ("(The Hunger Games, #1)"), a year, a subtitle after a colon is kept.
 * The store indexes catalogue titles by this key; the grounder looks generated titles up by it.
 */
public final class TitleNormaliser {
    private static final Pattern BRACKETED = Pattern.compile("[(\\[][^)\\]]*[)\\]]");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|a|an) ");

    private TitleNormaliser() {
    }

    public static String normalise(String title) {
        if (title == null) {
            return "";
        }
        String s = BRACKETED.matcher(title).replaceAll(" ");
        s = s.replace("&", " and ");
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = DIACRITICS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        s = NON_ALNUM.matcher(s).replaceAll(" ").trim();
        s = LEADING_ARTICLE.matcher(s).replaceFirst("");
        return s;
    }
}
