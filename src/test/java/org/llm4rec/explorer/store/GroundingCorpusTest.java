package org.llm4rec.explorer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.dataset.imports.DatasetImporter;
import org.llm4rec.explorer.dataset.imports.SourceFile;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.grounding.Grounder;
import org.llm4rec.explorer.domain.grounding.Grounding;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.parse.ParseResult;
import org.llm4rec.explorer.domain.parse.ResponseParser;
import org.llm4rec.explorer.domain.prompt.NirStrategy;

/**
 * Grounding precision and recall on the labelled answers under {@code grounding-corpus/}: model answers in the
 * shapes real models write, read by the real parser and grounded against catalogues in a real SQLite store. A
 * label is the item a line means, "none" for a title no catalogue item has, or "ambiguous:a|b" where the answer
 * cannot tell catalogue items apart (then the grounding must name exactly those items). Precision counts every
 * item the grounder claimed; recall every labelled item it should have found.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroundingCorpusTest {
    private static final String CORPUS = "grounding-corpus/";
    private static final double RECALL_GOAL = 0.99;
    private static final double PRECISION_GOAL = 0.995;
    private static final Profile NOBODY = new Profile("p", "Nobody", "", "", List.of(), "");

    private Database db;
    private SqliteCatalogueRepository repo;
    private final ResponseParser parser = new ResponseParser();

    @BeforeAll
    void load(@TempDir Path dir) throws IOException {
        db = Database.open(dir.resolve("store.db"));
        repo = new SqliteCatalogueRepository(db);
        save("ml-100k", "movie", titles("ml-100k-titles.tsv"));
        save("ml-1m", "movie", titles("ml-1m-titles.tsv"));
        save("amazon", "product", titles("amazon-products.tsv"));
        try (InputStream in = resource("sample-data/goodbooks-10k/books.csv")) {
            DatasetImporter.Catalogue books = DatasetImporter.goodbooksCatalogue(
                    SourceFile.inMemory("books.csv", in.readAllBytes()));
            repo.saveDataset(new Dataset("goodbooks", "goodbooks", "book", "corpus", books.items().size()),
                    books.items(), books.otherTitles());
        }
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void groundsTheLabelledAnswersAtTheGoal() throws IOException {
        Map<String, Tally> byDataset = new LinkedHashMap<>();
        Map<String, Tally> byShape = new TreeMap<>();
        Tally all = new Tally();
        for (String dataset : List.of("ml-100k", "ml-1m", "goodbooks", "amazon")) {
            for (Answer answer : answers(dataset + "-answers.tsv")) {
                List<Recommendation> grounded = grounded(dataset, answer);
                for (int i = 0; i < answer.labels().size(); i++) {
                    Set<String> claimed = i < grounded.size() ? claimed(grounded.get(i).grounding()) : Set.of();
                    String read = i < grounded.size() ? "'" + grounded.get(i).title() + "'" : "(not read)";
                    Set<String> expected = answer.labels().get(i);
                    for (Tally t : List.of(byDataset.computeIfAbsent(dataset, k -> new Tally()),
                            byShape.computeIfAbsent(answer.shape(), k -> new Tally()), all)) {
                        t.add(expected, claimed, read + " in " + answer.text());
                    }
                }
            }
        }
        String report = "| dataset | labelled items | precision | recall |\n|---|---:|---:|---:|\n"
                + rows(byDataset) + rows(Map.of("all", all))
                + "\n| answer shape | labelled items | precision | recall |\n|---|---:|---:|---:|\n" + rows(byShape);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "grounding-corpus.md"), report + "\nMisses:\n" + all.misses());
        System.out.println(report);

        assertThat(all.items()).isGreaterThanOrEqualTo(1000);
        byDataset.forEach((dataset, t) -> {
            assertThat(t.precision()).as("%s precision; misses:%n%s", dataset, t.misses())
                    .isGreaterThanOrEqualTo(PRECISION_GOAL);
            assertThat(t.recall()).as("%s recall; misses:%n%s", dataset, t.misses())
                    .isGreaterThanOrEqualTo(RECALL_GOAL);
        });
    }

    /**
     * The share of MovieLens 100K answers flagged "not in catalogue" against the whole catalogue, beside the share
     * that is truly absent. The catalogue file is the dataset's own, which is not part of the project: run with
     * {@code -Dml100k.item=path/to/ml-100k.item} (RecBole's atomic item file).
     */
    @Test
    @EnabledIfSystemProperty(named = "ml100k.item", matches = ".+")
    void outOfCatalogueRateAgainstTheWholeMovieLens100kCatalogue() throws IOException {
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(System.getProperty("ml100k.item")),
                StandardCharsets.UTF_8).subList(1, 1683)) {
            String[] f = line.split("\t", -1);
            items.add(new Item(f[0], f[1], "", f[2].matches("\\d{4}") ? Integer.valueOf(f[2]) : null, f[3], 0));
        }
        save("ml-100k-full", "movie", items);
        int total = 0;
        int flagged = 0;
        int absent = 0;
        for (Answer answer : answers("ml-100k-answers.tsv")) {
            List<Recommendation> grounded = grounded("ml-100k-full", answer);
            for (int i = 0; i < answer.labels().size(); i++) {
                total++;
                flagged += i >= grounded.size() || !grounded.get(i).grounding().grounded() ? 1 : 0;
                absent += answer.labels().get(i).isEmpty() ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "ML-100K open catalogue: %d items, %d flagged not in catalogue (%.1f%%),"
                + " %d truly absent (%.1f%%)%n", total, flagged, 100.0 * flagged / total, absent,
                100.0 * absent / total);
        assertThat(Math.abs(flagged - absent)).as("flagged against truly absent").isLessThanOrEqualTo(total / 50);
    }

    private List<Recommendation> grounded(String dataset, Answer answer) {
        String text = answer.shape().startsWith("nir-") ? new NirStrategy().combine(null, List.of(answer.text()))
                : answer.text();
        ParseResult parsed = parser.parse(text);
        return new Grounder(repo).ground(dataset, parsed, NOBODY, List.of());
    }

    /** The items a grounding says the title means: none, one, or the rivals it could not tell apart. */
    private static Set<String> claimed(Grounding g) {
        if (!g.grounded()) {
            return Set.of();
        }
        return g.ambiguous() ? g.alternatives().stream().map(Item::id).collect(Collectors.toSet())
                : Set.of(g.item().id());
    }

    private void save(String id, String kind, List<Item> items) {
        repo.saveDataset(new Dataset(id, id, kind, "corpus", items.size()), items);
    }

    private List<Item> titles(String file) throws IOException {
        List<Item> items = new ArrayList<>();
        for (String line : lines(CORPUS + file)) {
            String[] f = line.split("\t", -1);
            Integer year = f.length > 2 && f[2].matches("\\d{4}") ? Integer.valueOf(f[2]) : null;
            String creator = f.length > 3 ? f[3] : f.length == 3 && year == null ? f[2] : "";
            items.add(new Item(f[0], f[1], creator, year, "", 0));
        }
        return items;
    }

    private List<Answer> answers(String file) throws IOException {
        List<Answer> answers = new ArrayList<>();
        for (String line : lines(CORPUS + file)) {
            String[] f = line.split("\t", 3);
            List<Set<String>> labels = Arrays.stream(f[1].split(";")).map(GroundingCorpusTest::label).toList();
            answers.add(new Answer(f[0], labels, unescape(f[2])));
        }
        return answers;
    }

    private static Set<String> label(String text) {
        if (text.equals("none")) {
            return Set.of();
        }
        return text.startsWith("ambiguous:") ? Set.of(text.substring("ambiguous:".length()).split("\\|"))
                : Set.of(text);
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private List<String> lines(String resource) throws IOException {
        try (InputStream in = resource(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    private InputStream resource(String name) {
        InputStream in = getClass().getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Missing test resource " + name));
        }
        return in;
    }

    private static String rows(Map<String, Tally> tallies) {
        StringBuilder out = new StringBuilder();
        tallies.forEach((name, t) -> out.append(String.format(Locale.ROOT, "| %s | %d | %.1f%% | %.1f%% |%n", name,
                t.items(), 100 * t.precision(), 100 * t.recall())));
        return out.toString();
    }

    private record Answer(String shape, List<Set<String>> labels, String text) {
    }

    /** Counts for precision (of the claims made) and recall (of the items labelled). */
    private static final class Tally {
        private int items;
        private int claims;
        private int rightClaims;
        private int labelled;
        private int found;
        private final Set<String> misses = new TreeSet<>();

        void add(Set<String> expected, Set<String> claimed, String answer) {
            items++;
            boolean right = expected.equals(claimed);
            if (!claimed.isEmpty()) {
                claims++;
                rightClaims += right ? 1 : 0;
            }
            if (!expected.isEmpty()) {
                labelled++;
                found += right ? 1 : 0;
            }
            if (!right) {
                misses.add("expected " + expected + " got " + claimed + " in: " + answer.replace("\n", " / "));
            }
        }

        int items() {
            return items;
        }

        double precision() {
            return claims == 0 ? 1 : (double) rightClaims / claims;
        }

        double recall() {
            return labelled == 0 ? 1 : (double) found / labelled;
        }

        String misses() {
            return String.join("\n", misses);
        }
    }
}
