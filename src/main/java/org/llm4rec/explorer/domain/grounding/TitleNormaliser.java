package org.llm4rec.explorer.domain.grounding;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces a title to a key that survives the ways models rewrite titles: case, accents, punctuation, "&" for
 * "and", an English article in front or moved behind a comma as MovieLens writes it ("Abyss, The"), an article
 * of another language moved back to the front ("Femme Nikita, La" is "la femme nikita"), Roman numerals ("Star
 * Trek IV" is "star trek 4"), "Part" before a sequel number, and anything in parentheses (a year, a series note,
 * an alternative title, each of which {@link TitleKeys} keys on its own) or in square brackets after the start
 * ("[Digital Code]"; "[REC]" in front is the title itself). The store indexes catalogue titles by this key; the
 * grounder looks generated titles up by it.
 */
public final class TitleNormaliser {
    private static final Pattern BRACKETED = Pattern.compile("[(\\[][^)\\]]*[)\\]]");
    /** Square brackets in front are the title's own: "[REC]", "[REC]² (2009)". */
    private static final Pattern LEADING_SQUARE_BRACKETS = Pattern.compile("^\\s*\\[([^\\]]*)]");
    /** The articles of the languages MovieLens titles use, as its titles put them behind a comma. */
    private static final Pattern TRAILING_ARTICLE = Pattern.compile("(?i)^(.*\\S),\\s*(the|a|an|la|le|les|l'|il"
            + "|lo|gli|das|der|die|den|det|de|het|el|los|las|o|os|un|une|ein|eine)\\s*$");
    private static final Pattern ELIDED_ARTICLE = Pattern.compile("(?i)\\b([ld])['\u2019](?=\\p{L})");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|a|an) ");
    private static final Pattern PART_NUMBER = Pattern.compile("\\bpart (?=\\d+\\b)");
    private static final Pattern WORD = Pattern.compile("\\b[ivx]+\\b");
    private static final Map<String, String> ROMAN = Map.ofEntries(Map.entry("ii", "2"), Map.entry("iii", "3"),
            Map.entry("iv", "4"), Map.entry("v", "5"), Map.entry("vi", "6"), Map.entry("vii", "7"),
            Map.entry("viii", "8"), Map.entry("ix", "9"), Map.entry("x", "10"), Map.entry("xi", "11"),
            Map.entry("xii", "12"), Map.entry("xiii", "13"));

    private TitleNormaliser() {
    }

    public static String normalise(String title) {
        if (title == null) {
            return "";
        }
        String s = LEADING_SQUARE_BRACKETS.matcher(title).replaceFirst("$1 ");
        s = BRACKETED.matcher(s).replaceAll(" ").strip();
        s = articleToFront(s);
        s = s.replace("&", " and ");
        s = ELIDED_ARTICLE.matcher(s).replaceAll("$1 ");
        // NFKD also spells out compatibility characters: "Alien³" is "Alien3".
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        s = DIACRITICS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        s = NON_ALNUM.matcher(s).replaceAll(" ").trim();
        // "Alien3" and "Alien 3" alike.
        s = LETTER_DIGIT.matcher(s).replaceAll(" ");
        s = LEADING_ARTICLE.matcher(s).replaceFirst("");
        s = arabicNumerals(s);
        return PART_NUMBER.matcher(s).replaceAll("");
    }

    /** "Abyss, The" as "The Abyss"; "Uomo delle stelle, L'" as "L'Uomo delle stelle". */
    static String articleToFront(String title) {
        Matcher m = TRAILING_ARTICLE.matcher(title);
        if (!m.matches()) {
            return title;
        }
        String article = m.group(2);
        return article.endsWith("'") ? article + m.group(1) : article + " " + m.group(1);
    }

    /** Roman numerals from II up, as words; a lone "i" is far more often the pronoun than the numeral. */
    private static String arabicNumerals(String s) {
        Matcher m = WORD.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, ROMAN.getOrDefault(m.group(), m.group()));
        }
        return m.appendTail(out).toString();
    }
}
