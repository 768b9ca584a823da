package org.llm4rec.explorer.domain.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link TitleNormaliser#normalise} and {@link TitleKeys#of} skip each rule their text cannot match. These keys
 * are stored with every catalogue and looked up for every answer, so a skip that changed one key would lose that
 * title: here every rule runs on every text, as before any was skipped, and the two must agree on real titles (the
 * sample catalogue's 10,000 books, the grounding corpus's films and products, and the answers written for them)
 * and on random text made of the characters the rules look for.
 */
class TitleKeyShortcutsTest {

    @Test
    void realTitlesAndAnswersGetTheKeysEveryRuleGives() throws IOException {
        List<String> titles = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("sample-data/goodbooks-10k/books.csv");
             CsvReader<NamedCsvRecord> books = CsvReader.builder().ofNamedCsvRecord(
                     new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (NamedCsvRecord book : books) {
                titles.add(book.getField("title"));
                titles.add(book.getField("original_title"));
                titles.add(book.getField("authors"));
            }
        }
        for (String file : List.of("ml-100k-titles.tsv", "ml-1m-titles.tsv", "amazon-products.tsv",
                "ml-100k-answers.tsv", "ml-1m-answers.tsv", "goodbooks-answers.tsv", "amazon-answers.tsv")) {
            for (String line : lines("grounding-corpus/" + file)) {
                titles.addAll(List.of(line.split("\t")));
            }
        }
        assertThat(titles).hasSizeGreaterThan(10_000);
        for (String title : titles) {
            assertThat(TitleNormaliser.normalise(title)).as(title).isEqualTo(EveryRule.normalise(title));
            assertThat(TitleKeys.of(title, List.of())).as(title).containsExactlyEntriesOf(EveryRule.keys(title));
        }
    }

    @Test
    void randomTextOfWhatTheRulesLookForGetsTheKeysEveryRuleGives() {
        String[] pieces = {"a", "an", "the", "The", "la", "L", "d", "part", "Part", "ii", "iv", "x", "IX", "vi",
            "or", "Or", "OR", "Kama", "a.k.a.", "aka", "AKA", "E.T.", "U.S.", "Book", "vol.", "1999", "|", "—",
            "Alien", "star", "3", "12", "0", " ", "  ", "\t", "\u00a0", ",", ", ", "(", ")", "[", "]", "&", "'",
            "\u2019", ":", "-", ".", "#", "é", "É", "ß", "İ", "ı", "³", "²", "ﬁ", "e\u0301", "Ⅳ", "١", "日本", "-",
            "ǅ", "\u2013"};
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(9); length >= 0; length--) {
                text.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) == 0) {
                    text.append(' ');
                }
            }
            String title = text.toString();
            assertThat(TitleNormaliser.normalise(title)).as("'%s'", title).isEqualTo(EveryRule.normalise(title));
            assertThat(TitleKeys.of(title, List.of())).as("'%s'", title)
                    .containsExactlyEntriesOf(EveryRule.keys(title));
        }
    }

    private List<String> lines(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** The rules in order, each run whatever the text: the normaliser and keys as they were before shortcuts. */
    private static final class EveryRule {
        private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)");
        private static final Pattern NOT_A_TITLE = Pattern.compile("(?i)^(?:c\\.\\s*)?\\d{4}$|#|\\b(?:book|vol\\.?"
                + "|volume)\\s*\\d");
        private static final Pattern AKA = Pattern.compile("(?i)\\s*\\ba\\.?k\\.?a\\.?\\s+");
        private static final Pattern DETAILS = Pattern.compile("\\s+[-\u2013\u2014|]\\s+|,\\s+");
        private static final Pattern EPISODE_DASH = Pattern.compile("\\s+[-\u2013\u2014]\\s+");
        private static final Pattern OR_SUBTITLE = Pattern.compile("(?i),?\\s+or[:,]?\\s+(?=\\p{Lu})");
        private static final Pattern INITIALISM = Pattern.compile("((?:\\p{Lu}\\.){2,})\\s");
        private static final Pattern WORDS = Pattern.compile("\\S+");
        private static final Pattern SUBTITLE_SEPARATOR = Pattern.compile(":|\\s[-\u2013\u2014]\\s");
        private static final Pattern BRACKETED = Pattern.compile("[(\\[][^)\\]]*[)\\]]");
        private static final Pattern LEADING_SQUARE_BRACKETS = Pattern.compile("^\\s*\\[([^\\]]*)]");
        private static final Pattern TRAILING_ARTICLE = Pattern.compile("(?i)^(.*\\S),\\s*(the|a|an|la|le|les|l'"
                + "|il|lo|gli|das|der|die|den|det|de|het|el|los|las|o|os|un|une|ein|eine)\\s*$");
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

        static Map<String, Integer> keys(String title) {
            Map<String, Integer> keys = new LinkedHashMap<>();
            add(keys, title, TitleKeys.WHOLE);
            Matcher parentheses = PARENTHESES.matcher(title);
            while (parentheses.find()) {
                String inside = parentheses.group(1).strip();
                if (!NOT_A_TITLE.matcher(inside).find()) {
                    add(keys, inside, TitleKeys.SHORTENED);
                }
            }
            for (String part : AKA.split(title)) {
                add(keys, part, TitleKeys.WHOLE);
            }
            String plain = articleToFront(PARENTHESES.matcher(title).replaceAll(" ").strip());
            String[] subtitled = SUBTITLE_SEPARATOR.split(plain, 2);
            addShortened(keys, subtitled.length == 2 ? subtitled[0].strip() : plain.strip());
            addShortened(keys, DETAILS.split(plain, 2)[0]);
            addShortened(keys, OR_SUBTITLE.split(plain, 2)[0]);
            Matcher initialism = INITIALISM.matcher(plain);
            if (initialism.lookingAt()) {
                add(keys, initialism.group(1), TitleKeys.SHORTENED);
            }
            int colon = plain.indexOf(": ");
            if (colon > 0) {
                String afterColon = plain.substring(colon + 2);
                addShortened(keys, afterColon);
                String[] dashed = EPISODE_DASH.split(afterColon);
                addShortened(keys, dashed[dashed.length - 1]);
            }
            return keys;
        }

        private static void addShortened(Map<String, Integer> keys, String text) {
            String key = normalise(text);
            if (WORDS.matcher(key).results().count() >= 2) {
                keys.putIfAbsent(key, TitleKeys.SHORTENED);
            }
        }

        private static void add(Map<String, Integer> keys, String text, int tier) {
            String key = normalise(text);
            if (!key.isEmpty()) {
                keys.putIfAbsent(key, tier);
            }
        }

        private static String articleToFront(String s) {
            Matcher article = TRAILING_ARTICLE.matcher(s);
            if (!article.matches()) {
                return s;
            }
            String a = article.group(2);
            return a.endsWith("'") ? a + article.group(1) : a + " " + article.group(1);
        }

        static String normalise(String title) {
            String s = LEADING_SQUARE_BRACKETS.matcher(title).replaceFirst("$1 ");
            s = articleToFront(BRACKETED.matcher(s).replaceAll(" ").strip());
            s = s.replace("&", " and ");
            s = ELIDED_ARTICLE.matcher(s).replaceAll("$1 ");
            s = Normalizer.normalize(s, Normalizer.Form.NFKD);
            s = DIACRITICS.matcher(s).replaceAll("");
            s = s.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
            s = NON_ALNUM.matcher(s).replaceAll(" ").trim();
            s = LETTER_DIGIT.matcher(s).replaceAll(" ");
            s = LEADING_ARTICLE.matcher(s).replaceFirst("");
            Matcher m = WORD.matcher(s);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, ROMAN.getOrDefault(m.group(), m.group()));
            }
            s = m.appendTail(out).toString();
            return PART_NUMBER.matcher(s).replaceAll("");
        }
    }
}
