package org.llm4rec.explorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.llm4rec.explorer.app.experiment.ScriptedUsers;
import org.llm4rec.explorer.app.export.SpreadsheetCells;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.experiment.ExperimentJson;
import org.llm4rec.explorer.fake.FakeOllama;

/** The experiment and recommend subcommands end to end: in-process picocli, a temp store, the fake over HTTP. */
class ExperimentCommandsTest {
    private static final String MODEL = "llama3.2:3b";

    @TempDir
    Path dir;
    private FakeOllama ollama;
    private final CommandRunner cli = new CommandRunner();

    @BeforeEach
    void setUp() throws Exception {
        ollama = FakeOllama.start().model(MODEL).replies(MODEL, ScriptedUsers::answer);
        assertThat(cli.run("import", ScriptedUsers.write(dir.resolve("scripted")).toString(), "--name", "Scripted",
                "--data-dir", dir.resolve("store").toString())).isZero();
        cli.out.getBuffer().setLength(0);
    }

    @AfterEach
    void tearDown() {
        ollama.close();
    }

    @Test
    void runsAnExperimentFilePrintsTheTableAndWritesTheFiles() throws Exception {
        Path file = dir.resolve("scripted.json");
        Files.writeString(file, """
                {"name": "Scripted", "dataset": "scripted", "sample": {"kind": "random", "size": 0, "seed": 1},
                 "configurations": [{"strategy": "llmrank-sequential", "model": "llama3.2:3b"},
                                    {"baseline": "popularity"}]}
                """);

        int code = cli.run("experiment", file.toString(), "--data-dir", dir.resolve("store").toString(),
                "--ollama", ollama.baseUrl());

        assertThat(code).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("llmrank-sequential · llama3.2:3b", "Baseline: Popularity",
                "0.350 [", "M with the target included", "Leave-last-one-out", "50 sampled, 0 excluded");
        String perUser = Files.readString(dir.resolve("scripted.results.csv"));
        assertThat(perUser).startsWith("# Experiment \"Scripted\"").contains("# Protocol: Leave-last-one-out");
        assertThat(perUser.lines().filter(l -> !l.startsWith("#")).count()).isEqualTo(1 + 100);
        assertThat(Files.readString(dir.resolve("scripted.summary.csv"))).contains("M with the target included");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("scripted.results.json").toFile());
        assertThat(json.get("protocol").asText()).contains("M with the target included");
        assertThat(json.at("/configurations/0/metrics/NDCG@10/mean").asDouble()).isEqualTo(ScriptedUsers.NDCG_10);
        assertThat(json.get("results")).hasSize(100);
        int calls = ollama.requests("/api/chat").size();

        cli.out.getBuffer().setLength(0);
        assertThat(cli.run("experiment", file.toString(), "--resume", "--data-dir", dir.resolve("store").toString(),
                "--ollama", ollama.baseUrl())).isZero();
        assertThat(cli.err.toString()).contains("No unfinished run");
        // A new run asks again, but every answer comes from the response cache.
        assertThat(ollama.requests("/api/chat")).hasSize(calls);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "name": "Mistake"     | "name": "Mistake", "bogusField": 1            | unknown field "bogusField"
            "seed": 1}            | "seed": 1, "sizes": 3}                        | unknown field "sample.sizes"
            "model": "llama3.2:3b" | "model": "llama3.2:3b", "options": {"temperature": -7} | "options.temperature" is -7.0; it must be at least 0
            "model": "llama3.2:3b" | "model": "llama3.2:3b", "options": {"topP": 1.5}       | "options.topP" is 1.5; it must be at most 1
            "kind": "random"      | "kind": "category", "category": "Western"     | holds no users: All users with at least half of their interactions in "Western"
            llmrank-sequential    | llmrank-sequentail                            | Unknown strategy "llmrank-sequentail"
            "dataset": "scripted" | "dataset": "nope"                             | names the dataset "nope", which is not in the store
            llmrank-sequential    | zero-shot-direct                              | "zero-shot-direct" generates freely, but the protocol gives candidates
            """)
    void aMistakeInTheExperimentFileIsReportedBeforeAnythingIsWritten(String valid, String mistaken, String message)
            throws Exception {
        Path file = dir.resolve("mistake.json");
        Files.writeString(file, """
                {"name": "Mistake", "dataset": "scripted", "sample": {"kind": "random", "size": 0, "seed": 1},
                 "configurations": [{"strategy": "llmrank-sequential", "model": "llama3.2:3b"}]}
                """.replace(valid, mistaken));

        int code = cli.run("experiment", file.toString(), "--data-dir", dir.resolve("store").toString(), "--ollama",
                ollama.baseUrl());

        assertThat(code).isEqualTo(1);
        assertThat(cli.err.toString()).contains(message).doesNotContain("Run ");
        assertThat(Files.exists(dir.resolve("mistake.results.csv"))).isFalse();
        assertThat(ollama.requests("/api/chat")).isEmpty();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("store/explorer.db"));
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT (SELECT COUNT(*) FROM experiment_runs)"
                     + " + (SELECT COUNT(*) FROM experiment_definitions)")) {
            assertThat(rows.getInt(1)).as("runs and definitions stored").isZero();
        }
    }

    @Test
    void datasetNamesAndSkipReasonsReachTheTerminalEscapedAndCut() throws Exception {
        Path data = ScriptedUsers.write(dir.resolve("hostile"));
        Files.writeString(data.resolve("ratings.csv"), "1,\u001b]0;pwned\u0007" + "9".repeat(500_000) + ",4.0,1\n",
                java.nio.file.StandardOpenOption.APPEND);
        String store = dir.resolve("store").toString();

        assertThat(cli.run("import", data.toString(), "--name", "\u001b]0;pwned\u0007Evil", "--data-dir", store))
                .as(cli.err.toString()).isZero();
        assertThat(cli.run("datasets", "--data-dir", store)).isZero();

        assertThat(cli.out.toString()).doesNotContain("\u001b", "\u0007").contains("\\u001B]0;pwned\\u0007Evil")
                .contains("unknown item id \\u001B]0;pwned\\u0007999");
        assertThat(cli.out.toString().lines().mapToInt(String::length).max().orElse(0)).isLessThan(1000);
    }

    @Test
    void ctrlCStopsTheRunWritesWhatItHasAndExitsWithTwo() throws Exception {
        ollama.promptTime(MODEL, prompt -> Duration.ofMillis(300));
        Path file = dir.resolve("stopped.json");
        Files.writeString(file, """
                {"name": "Stopped", "dataset": "scripted", "sample": {"kind": "random", "size": 0, "seed": 1},
                 "configurations": [{"strategy": "llmrank-sequential", "model": "llama3.2:3b"}]}
                """);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), org.llm4rec.explorer.boot.Launcher.class.getName(),
                "experiment", file.toString(), "--concurrency", "1", "--data-dir", dir.resolve("store").toString(),
                "--ollama", ollama.baseUrl()).redirectErrorStream(true).redirectOutput(dir.resolve("cli.log").toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (ollama.requests("/api/chat").size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        // What a terminal sends on Ctrl-C.
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();

        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(dir.resolve("cli.log"));
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("run again with --resume to finish it");
        assertThat(Files.exists(dir.resolve("stopped.results.csv"))).isTrue();
    }

    @Test
    void whenTheServerDiesMidRunTheTableCountsTheFailuresAndScoresOnlyTheAnsweredUsers() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        ollama.replies(MODEL, prompt -> {
            if (calls.incrementAndGet() == 21) {
                // The server goes away for good, as when its process is killed.
                new Thread(ollama::close).start();
            }
            return ScriptedUsers.answer(prompt);
        });
        Path file = dir.resolve("dies.json");
        Files.writeString(file, """
                {"name": "Dies", "dataset": "scripted", "sample": {"kind": "random", "size": 0, "seed": 1},
                 "configurations": [{"strategy": "llmrank-sequential", "model": "llama3.2:3b"}]}
                """);

        int code = cli.run("experiment", file.toString(), "--concurrency", "1", "--data-dir",
                dir.resolve("store").toString(), "--ollama", ollama.baseUrl());

        assertThat(code).as(cli.err.toString()).isEqualTo(2);
        List<String[]> rows = Files.readString(dir.resolve("dies.results.csv")).lines()
                .filter(l -> l.startsWith("llmrank-sequential:")).map(l -> l.split(",", -1)).toList();
        List<String[]> answered = rows.stream().filter(r -> r[3].equals("COMPLETED")).toList();
        long failed = rows.stream().filter(r -> r[3].equals("FAILED")).count();
        assertThat(answered.size()).isBetween(20, 21);
        assertThat(failed).isEqualTo(ScriptedUsers.USERS - answered.size());
        double hr1 = answered.stream().filter(r -> r[7].equals("1")).count() / (double) answered.size();
        String line = cli.out.toString().lines().filter(l -> l.startsWith("llmrank-sequential")).findFirst()
                .orElseThrow();
        assertThat(line).matches("llmrank-sequential · llama3\\.2:3b +" + ScriptedUsers.USERS + " +"
                + answered.size() + " +" + failed + " +" + String.format(java.util.Locale.ROOT, "%.3f", hr1)
                + " \\[.*");
        assertThat(cli.out.toString()).contains(failed + " calls failed at the model server: they are not scored");
        String summary = Files.readString(dir.resolve("dies.summary.csv"));
        assertThat(summary).contains("users,user runs,answered users,failed user runs,")
                .contains("," + ScriptedUsers.USERS + "," + ScriptedUsers.USERS + "," + answered.size() + ","
                        + failed + ",");
    }

    @Test
    void everyCsvOfAnExperimentWritesFormulaLikeIdsAndNamesAsText() throws Exception {
        Path data = Files.createDirectories(dir.resolve("formulas"));
        String[] items = {"=1+1", "@SUM(1)", "+1+1", "-2+3", "=HYPERLINK(\"\"http://x\"\")", "-7", "8"};
        StringBuilder movies = new StringBuilder("movieId,title,genres\n");
        for (int i = 0; i < items.length; i++) {
            movies.append('"').append(items[i]).append("\",Film ").append(i).append(" (2001),Drama\n");
        }
        StringBuilder ratings = new StringBuilder("userId,movieId,rating,timestamp\n");
        String[] users = {"=HYPERLINK(\"\"http://x\"\")", "@me", "+44", "-1+1"};
        for (int u = 0; u < users.length; u++) {
            for (int i = 0; i < 4; i++) {
                ratings.append('"').append(users[u]).append("\",\"").append(items[(u + i) % items.length])
                        .append("\",4.0,").append(1_000_000_000L + u * 100 + i).append('\n');
            }
        }
        Files.writeString(data.resolve("movies.csv"), movies);
        Files.writeString(data.resolve("ratings.csv"), ratings);
        String store = dir.resolve("store").toString();
        assertThat(cli.run("import", data.toString(), "--name", "=formulas", "--data-dir", store)).as(cli.err.toString())
                .isZero();
        Path file = dir.resolve("probe.json");
        Files.writeString(file, """
                {"name": "Probe, =HYPERLINK(\\"http://x\\")", "dataset": "formulas",
                 "sample": {"kind": "random", "size": 0, "seed": 1}, "protocol": {"candidates": "open-catalogue"},
                 "configurations": [{"baseline": "popularity"}]}
                """);

        assertThat(cli.run("experiment", file.toString(), "--data-dir", store)).as(cli.err.toString()).isZero();

        for (String written : List.of("probe.results.csv", "probe.summary.csv", "probe.timing.csv")) {
            String csv = Files.readString(dir.resolve(written));
            assertThat(SpreadsheetCells.formulas(csv)).as(written).isEmpty();
        }
        assertThat(Files.readString(dir.resolve("probe.results.csv"))).contains(",'@me,", ",'-1+1,", ",'-2+3,")
                .contains(",+44,", ",-7,")
                .contains("# Experiment \"Probe, '=HYPERLINK");
    }

    @Test
    void theSameFileGivesTheSameSummaryAtConcurrencyOneAndFour() throws Exception {
        // Users take 0 to 120 ms each to read, so that four calls at a time finish in another order than asked.
        ollama.promptTime(MODEL, prompt -> {
            Matcher marker = Pattern.compile("Marker (\\d\\d)").matcher(prompt);
            return Duration.ofMillis(marker.find() ? Integer.parseInt(marker.group(1)) * 37 % 5 * 30L : 0);
        });
        Path file = dir.resolve("order.json");
        Files.writeString(file, """
                {"name": "Order", "dataset": "scripted", "sample": {"kind": "random", "size": 0, "seed": 1},
                 "protocol": {"seed": 11},
                 "configurations": [{"strategy": "llmrank-sequential", "model": "llama3.2:3b"},
                                    {"baseline": "random"}]}
                """);
        Path one = runInOwnStore(file, "1");
        Path four = runInOwnStore(file, "4");

        assertThat(Files.readString(four.resolve("order.summary.csv")))
                .isEqualTo(Files.readString(one.resolve("order.summary.csv")));
        assertThat(Files.mismatch(one.resolve("order.summary.csv"), four.resolve("order.summary.csv"))).isEqualTo(-1);
        // The per-user files keep the order results arrived in: the summaries agree although it differed.
        assertThat(llmUsersInArrivalOrder(four)).containsExactlyInAnyOrderElementsOf(llmUsersInArrivalOrder(one))
                .isNotEqualTo(llmUsersInArrivalOrder(one));
        assertThat(ollama.maxConcurrentChats()).isGreaterThan(1);
        String summary = Files.readString(one.resolve("order.summary.csv"));
        assertThat(summary).doesNotContain("Latency", "first token").contains("seed 11");
        assertThat(Files.readString(one.resolve("order.timing.csv")).lines().skip(3).findFirst().orElseThrow())
                .contains("latency p50 ms", "Latency per user (ms) 95% low");
    }

    /** Copies the file into a folder of its own, imports the dataset into a store there, and runs it. */
    private Path runInOwnStore(Path file, String concurrency) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("concurrency-" + concurrency));
        Path copy = Files.copy(file, folder.resolve(file.getFileName()));
        String store = folder.resolve("store").toString();
        assertThat(cli.run("import", dir.resolve("scripted").toString(), "--name", "Scripted", "--data-dir", store))
                .isZero();
        assertThat(cli.run("experiment", copy.toString(), "--concurrency", concurrency, "--data-dir", store,
                "--ollama", ollama.baseUrl())).as(cli.err.toString()).isZero();
        return folder;
    }

    private static List<String> llmUsersInArrivalOrder(Path folder) throws Exception {
        return Files.readAllLines(folder.resolve("order.results.csv")).stream()
                .filter(line -> line.startsWith("llmrank-sequential")).map(line -> line.split(",")[2]).toList();
    }

    @Test
    void recommendPrintsTheGroundedListAsJson() throws Exception {
        int code = cli.run("recommend", "--dataset", "scripted", "--user", "3", "--strategy", "llmrank-sequential",
                "--model", MODEL, "--ollama", ollama.baseUrl(), "--seed", "5", "--data-dir",
                dir.resolve("store").toString());

        assertThat(code).as(cli.err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out.toString());
        assertThat(json.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(json.get("heldOut").get(0).asText()).startsWith("Goal 03");
        // User 3 watched "Alpha Film": the scripted model ranks their goal first.
        JsonNode first = json.get("recommendations").get(0);
        assertThat(first.get("catalogueTitle").asText()).startsWith("Goal 03");
        assertThat(first.get("hit").asBoolean()).isTrue();
        assertThat(json.get("recommendations")).hasSize(20);
        assertThat(json.get("candidates").asText()).contains("includes the held-out target", "seed 5");
    }

    @Test
    void embeddingStrategiesRunFromTheCommandLineAsInTheWindow() throws Exception {
        ollama.model("nomic-embed-text:latest");

        int code = cli.run("recommend", "--dataset", "scripted", "--user", "3", "--strategy", "embedding-liked",
                "--model", "nomic-embed-text", "--ollama", ollama.baseUrl(), "--data-dir",
                dir.resolve("store").toString());

        assertThat(code).as(cli.err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out.toString());
        assertThat(json.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(json.get("strategy").asText()).isEqualTo("embedding-liked");
        assertThat(json.get("recommendations")).isNotEmpty();
        assertThat(ollama.requests("/api/embed")).isNotEmpty();
    }

    @Test
    void aModelNamedWithoutATagRunsItsLatestAndAMissingOneSaysHowToPullIt() throws Exception {
        ollama.model("llama3.2").replies("llama3.2", ScriptedUsers::answer);
        String store = dir.resolve("store").toString();

        assertThat(cli.run("recommend", "--dataset", "scripted", "--user", "3", "--strategy", "llmrank-sequential",
                "--model", "llama3.2", "--ollama", ollama.baseUrl(), "--data-dir", store))
                .as(cli.err.toString()).isZero();
        assertThat(new ObjectMapper().readTree(cli.out.toString()).get("model").asText()).isEqualTo("llama3.2:latest");
        assertThat(ollama.requests("/api/chat")).last().satisfies(r -> assertThat(r.json().get("model").asText())
                .isEqualTo("llama3.2:latest"));

        Path file = dir.resolve("untagged.json");
        Files.writeString(file, """
                {"name": "Untagged", "dataset": "scripted", "sample": {"kind": "random", "size": 5, "seed": 1},
                 "configurations": [{"strategy": "llmrank-sequential", "model": "llama3.2"}]}
                """);
        assertThat(cli.run("experiment", file.toString(), "--data-dir", store, "--ollama", ollama.baseUrl()))
                .as(cli.err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("untagged.summary.csv")))
                .contains("llmrank-sequential · llama3.2:latest");
        assertThat(ollama.requests("/api/chat")).last().satisfies(r -> assertThat(r.json().get("model").asText())
                .isEqualTo("llama3.2:latest"));

        cli.err.getBuffer().setLength(0);
        assertThat(cli.run("recommend", "--dataset", "scripted", "--user", "3", "--strategy", "llmrank-sequential",
                "--model", "mistral", "--ollama", ollama.baseUrl(), "--data-dir", store)).isEqualTo(1);
        assertThat(cli.err.toString()).contains("\"mistral\" is not installed", "llama3.2:latest",
                "`ollama pull mistral:latest`");
        cli.err.getBuffer().setLength(0);
        Files.writeString(file, Files.readString(file).replace("\"llama3.2\"", "\"mistral\""));
        assertThat(cli.run("experiment", file.toString(), "--data-dir", store, "--ollama", ollama.baseUrl()))
                .isEqualTo(1);
        assertThat(cli.err.toString()).contains("\"mistral\" is not installed", "`ollama pull mistral:latest`");
    }

    @Test
    void badInputSaysWhatAndWhere() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"name\": \"x\", \"dataset\": \"scripted\", \"configurations\": [{\"baseline\": \"best\"}]}");
        assertThat(cli.run("experiment", file.toString(), "--data-dir", dir.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains(file.toString(), "configurations[0]", "\"baseline\" is \"best\"",
                "popularity, item-knn, random");
        cli.err.getBuffer().setLength(0);
        assertThat(cli.run("recommend", "--dataset", "nope", "--user", "1", "--strategy", "llmrank-sequential",
                "--model", MODEL, "--data-dir", dir.resolve("store").toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("No dataset with id \"nope\"");
    }

    @Test
    void theDocumentedExampleFileIsValid() throws Exception {
        ExperimentDefinition example = ExperimentJson.read(Files.readString(Path.of("docs/experiment-example.json")),
                "docs/experiment-example.json");
        assertThat(example.configurations()).hasSize(5);
        assertThat(example.protocol().describe()).contains("M with the target included");
    }
}
