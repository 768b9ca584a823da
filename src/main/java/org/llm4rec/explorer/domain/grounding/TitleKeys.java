package org.llm4rec.explorer.domain.grounding;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys a catalogue item is found by ({@link TitleNormaliser} keys), each with its tier: 1 for a whole title
 * (the title, a title after "a.k.a.", or another title field of the dataset such as goodbooks' original_title), 2
 * for a part a model may write instead (what parentheses hold, "Se7en" of "Seven (Se7en)" or "La Femme Nikita" of
 * "Nikita (La Femme Nikita)"; the title before its subtitle, "Kama Sutra" for "Kama Sutra: A Tale of Love"; a
 * product's name before its details, "CeraVe Moisturizing Cream" for "CeraVe Moisturizing Cream, Body and Face
 * Moisturizer for Dry Skin, 19 Ounce").
 */
public final class TitleKeys {
    /** Raise when the rules change: stored catalogues are then keyed again. */
    public static final int VERSION = 2;
    public static final int WHOLE = 1;
    public static final int SHORTENED = 2;

    // The patterns are the package's, for a test that runs each of them without the shortcuts below.
    static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)");
    static final Pattern NOT_A_TITLE = Pattern.compile("(?i)^(?:c\\.\\s*)?\\d{4}$|#|\\b(?:book|vol\\.?"
            + "|volume)\\s*\\d");
    static final Pattern AKA = Pattern.compile("(?i)\\s*\\ba\\.?k\\.?a\\.?\\s+");
    static final Pattern DETAILS = Pattern.compile("\\s+[-\u2013\u2014|]\\s+|,\\s+");
    static final Pattern EPISODE_DASH = Pattern.compile("\\s+[-\u2013\u2014]\\s+");
    static final Pattern OR_SUBTITLE = Pattern.compile("(?i),?\\s+or[:,]?\\s+(?=\\p{Lu})");
    static final Pattern INITIALISM = Pattern.compile("((?:\\p{Lu}\\.){2,})\\s");

    private TitleKeys() {
    }

    /** Key to tier, whole titles first. */
    public static Map<String, Integer> of(String title, List<String> otherTitles) {
        Map<String, Integer> keys = new LinkedHashMap<>();
        // Most variants below are the same text (a title without "a.k.a.", subtitle or details is its own part
        // before each), and normalising is a dozen regular expressions run for every imported item: once a text.
        Map<String, String> normalised = new HashMap<>();
        Function<String, String> normalise = text -> normalised.computeIfAbsent(text, TitleNormaliser::normalise);
        add(keys, normalise, title, WHOLE);
        // Each pattern below is tried only when its title has a character the pattern needs: for most titles
        // none is, and every imported item is keyed.
        boolean parenthesised = title.indexOf('(') >= 0;
        Matcher parentheses = PARENTHESES.matcher(parenthesised ? title : "");
        while (parentheses.find()) {
            String inside = parentheses.group(1).strip();
            if (!NOT_A_TITLE.matcher(inside).find()) {
                // Shortened, not whole: parentheses hold a film's other title ("Se7en") but also a book's subtitle
                // ("Deep and Dark and Dangerous (A Ghost Story)"), which must not tie with a book called that.
                add(keys, normalise, inside, SHORTENED);
            }
        }
        for (String part : containsAny(title, "kK") ? AKA.split(title) : new String[] {title}) {
            add(keys, normalise, part, WHOLE);
        }
        for (String other : otherTitles) {
            add(keys, normalise, other, WHOLE);
        }
        String plain = TitleNormaliser.articleToFront(
                (parenthesised ? PARENTHESES.matcher(title).replaceAll(" ") : title).strip());
        addShortened(keys, normalise, TitleVariants.beforeSubtitle(plain));
        addShortened(keys, normalise, containsAny(plain, ",-\u2013\u2014|") ? DETAILS.split(plain, 2)[0] : plain);
        // "Dr. Strangelove or: How I Learned to Stop Worrying and Love the Bomb", "The Hobbit, or There and Back
        // Again": the title before its "or" subtitle.
        addShortened(keys, normalise, containsAny(plain, "rR") ? OR_SUBTITLE.split(plain, 2)[0] : plain);
        // "E.T. the Extra-Terrestrial" as "E.T.": an initialism in front names the film alone.
        Matcher initialism = INITIALISM.matcher(plain.indexOf('.') >= 0 ? plain : "");
        if (initialism.lookingAt()) {
            add(keys, normalise, initialism.group(1), SHORTENED);
        }
        int colon = plain.indexOf(": ");
        if (colon > 0) {
            // "Star Trek: The Wrath of Khan" as "The Wrath of Khan"; "Star Wars: Episode V - The Empire Strikes
            // Back" as "The Empire Strikes Back".
            String afterColon = plain.substring(colon + 2);
            addShortened(keys, normalise, afterColon);
            String[] dashed = EPISODE_DASH.split(afterColon);
            addShortened(keys, normalise, dashed[dashed.length - 1]);
        }
        return keys;
    }

    private static void addShortened(Map<String, Integer> keys, Function<String, String> normalise, String text) {
        String key = normalise.apply(text);
        // One word left of a long title ("Alien" of "Alien: Resurrection") names too much to stand for it.
        if (words(key) >= 2) {
            keys.putIfAbsent(key, SHORTENED);
        }
    }

    /** Runs of characters other than white space (the regular expression's \\s), up to two. */
    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && words < 2; i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** Whether the text has any of the characters. */
    static boolean containsAny(String text, String characters) {
        for (int i = 0; i < characters.length(); i++) {
            if (text.indexOf(characters.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static void add(Map<String, Integer> keys, Function<String, String> normalise, String text, int tier) {
        String key = normalise.apply(text);
        if (!key.isEmpty()) {
            keys.putIfAbsent(key, tier);
        }
    }
}
