package org.llm4rec.explorer.domain.grounding;

import java.text.Normalizer;
import java.util.List;
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
    // The patterns are the package's, for a test that runs each of them without the shortcuts below.
    static final Pattern BRACKETED = Pattern.compile("[(\\[][^)\\]]*[)\\]]");
    /** Square brackets in front are the title's own: "[REC]", "[REC]² (2009)". */
    static final Pattern LEADING_SQUARE_BRACKETS = Pattern.compile("^\\s*\\[([^\\]]*)]");
    /** The articles of the languages MovieLens titles use, as its titles put them behind a comma. */
    static final Pattern TRAILING_ARTICLE = Pattern.compile("(?i)^(.*\\S),\\s*(the|a|an|la|le|les|l'|il"
            + "|lo|gli|das|der|die|den|det|de|het|el|los|las|o|os|un|une|ein|eine)\\s*$");
    static final Pattern ELIDED_ARTICLE = Pattern.compile("(?i)\\b([ld])['\u2019](?=\\p{L})");
    static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    static final Pattern LETTER_DIGIT = Pattern.compile("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
    private static final List<String> LEADING_ARTICLES = List.of("the ", "a ", "an ");
    static final Pattern PART_NUMBER = Pattern.compile("\\bpart (?=\\d+\\b)");
    static final Pattern WORD = Pattern.compile("\\b[ivx]+\\b");
    static final Map<String, String> ROMAN = Map.ofEntries(Map.entry("ii", "2"), Map.entry("iii", "3"),
            Map.entry("iv", "4"), Map.entry("v", "5"), Map.entry("vi", "6"), Map.entry("vii", "7"),
            Map.entry("viii", "8"), Map.entry("ix", "9"), Map.entry("x", "10"), Map.entry("xi", "11"),
            Map.entry("xii", "12"), Map.entry("xiii", "13"));

    private TitleNormaliser() {
    }

    /**
     * Each step runs only when its text can change it (a bracket, a comma, an apostrophe, a letter beside a digit
     * ...): imports key every item, and for most titles most of these regular expressions would find nothing.
     */
    public static String normalise(String title) {
        if (title == null) {
            return "";
        }
        String s = title;
        if (s.indexOf('[') >= 0) {
            s = LEADING_SQUARE_BRACKETS.matcher(s).replaceFirst("$1 ");
        }
        if (s.indexOf('(') >= 0 || s.indexOf('[') >= 0) {
            s = BRACKETED.matcher(s).replaceAll(" ");
        }
        s = s.strip();
        s = articleToFront(s);
        s = s.replace("&", " and ");
        if (s.indexOf('\'') >= 0 || s.indexOf('\u2019') >= 0) {
            s = ELIDED_ARTICLE.matcher(s).replaceAll("$1 ");
        }
        boolean ascii = ascii(s);
        if (!ascii) {
            // NFKD also spells out compatibility characters: "Alien³" is "Alien3". (Text in ASCII is its own NFKD.)
            s = Normalizer.normalize(s, Normalizer.Form.NFKD);
            s = DIACRITICS.matcher(s).replaceAll("");
        }
        s = s.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        s = NON_ALNUM.matcher(s).replaceAll(" ").trim();
        if (!ascii || hasAsciiDigit(s)) {
            // "Alien3" and "Alien 3" alike.
            s = LETTER_DIGIT.matcher(s).replaceAll(" ");
        }
        s = withoutLeadingArticle(s);
        if (s.indexOf('i') >= 0 || s.indexOf('v') >= 0 || s.indexOf('x') >= 0) {
            s = arabicNumerals(s);
        }
        return s.contains("part ") ? PART_NUMBER.matcher(s).replaceAll("") : s;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** "the ", "a " or "an " in front dropped. */
    private static String withoutLeadingArticle(String s) {
        for (String article : LEADING_ARTICLES) {
            if (s.startsWith(article)) {
                return s.substring(article.length());
            }
        }
        return s;
    }

    /** "Abyss, The" as "The Abyss"; "Uomo delle stelle, L'" as "L'Uomo delle stelle". */
    static String articleToFront(String title) {
        if (title.indexOf(',') < 0) {
            return title;
        }
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
