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

    /**
     * The rules in order, each run whatever the text: the normaliser and keys as they were before the shortcuts,
     * with the same patterns, and the two steps the shortcuts replaced (the leading article and the word count)
     * as they were written then.
     */
    private static final class EveryRule {
        private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|a|an) ");
        private static final Pattern WORDS = Pattern.compile("\\S+");

        static Map<String, Integer> keys(String title) {
            Map<String, Integer> keys = new LinkedHashMap<>();
            add(keys, title, TitleKeys.WHOLE);
            Matcher parentheses = TitleKeys.PARENTHESES.matcher(title);
            while (parentheses.find()) {
                String inside = parentheses.group(1).strip();
                if (!TitleKeys.NOT_A_TITLE.matcher(inside).find()) {
                    add(keys, inside, TitleKeys.SHORTENED);
                }
            }
            for (String part : TitleKeys.AKA.split(title)) {
                add(keys, part, TitleKeys.WHOLE);
            }
            String plain = articleToFront(TitleKeys.PARENTHESES.matcher(title).replaceAll(" ").strip());
            String[] subtitled = TitleVariants.SUBTITLE_SEPARATOR.split(plain, 2);
            addShortened(keys, subtitled.length == 2 ? subtitled[0].strip() : plain.strip());
            addShortened(keys, TitleKeys.DETAILS.split(plain, 2)[0]);
            addShortened(keys, TitleKeys.OR_SUBTITLE.split(plain, 2)[0]);
            Matcher initialism = TitleKeys.INITIALISM.matcher(plain);
            if (initialism.lookingAt()) {
                add(keys, initialism.group(1), TitleKeys.SHORTENED);
            }
            int colon = plain.indexOf(": ");
            if (colon > 0) {
                String afterColon = plain.substring(colon + 2);
                addShortened(keys, afterColon);
                String[] dashed = TitleKeys.EPISODE_DASH.split(afterColon);
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
            Matcher article = TitleNormaliser.TRAILING_ARTICLE.matcher(s);
            if (!article.matches()) {
                return s;
            }
            String a = article.group(2);
            return a.endsWith("'") ? a + article.group(1) : a + " " + article.group(1);
        }

        static String normalise(String title) {
            String s = TitleNormaliser.LEADING_SQUARE_BRACKETS.matcher(title).replaceFirst("$1 ");
            s = articleToFront(TitleNormaliser.BRACKETED.matcher(s).replaceAll(" ").strip());
            s = s.replace("&", " and ");
            s = TitleNormaliser.ELIDED_ARTICLE.matcher(s).replaceAll("$1 ");
            s = Normalizer.normalize(s, Normalizer.Form.NFKD);
            s = TitleNormaliser.DIACRITICS.matcher(s).replaceAll("");
            s = s.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
            s = TitleNormaliser.NON_ALNUM.matcher(s).replaceAll(" ").trim();
            s = TitleNormaliser.LETTER_DIGIT.matcher(s).replaceAll(" ");
            s = LEADING_ARTICLE.matcher(s).replaceFirst("");
            Matcher m = TitleNormaliser.WORD.matcher(s);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, TitleNormaliser.ROMAN.getOrDefault(m.group(), m.group()));
            }
            s = m.appendTail(out).toString();
            return TitleNormaliser.PART_NUMBER.matcher(s).replaceAll("");
        }
    }
}
