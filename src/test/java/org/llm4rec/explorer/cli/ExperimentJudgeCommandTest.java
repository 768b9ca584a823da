package org.llm4rec.explorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.experiment.ScriptedUsers;
import org.llm4rec.explorer.app.experiment.WordJudge;
import org.llm4rec.explorer.fake.FakeOllama;

/**
 * experiment --judge: five scripted users whose model explains every film as "a warm pick", a fake judge over HTTP
 * that scores 5 for "warm"; the judge's scores reach the table and the files, and --resume --judge on the finished
 * run asks the judge nothing again.
 */
class ExperimentJudgeCommandTest {
    private static final String MODEL = "llama3.2:3b";
    private static final String JUDGE = "judge-model:7b";
    private static final String OVERALL = "Overall (judge: judge-model:7b · judge-app-rubric v1)";

    @TempDir
    Path dir;
    private FakeOllama ollama;
    private final CommandRunner cli = new CommandRunner();

    private static String explained(String prompt) {
        return ScriptedUsers.answer(prompt).lines().map(line -> line.isBlank() ? line : line + " - A warm pick.")
                .collect(Collectors.joining("\n"));
    }

    @BeforeEach
    void setUp() throws Exception {
        ollama = FakeOllama.start().model(MODEL).replies(MODEL, ExperimentJudgeCommandTest::explained)
                .model(JUDGE).replies(JUDGE, WordJudge.scoring("warm"));
        assertThat(cli.run("import", ScriptedUsers.write(dir.resolve("scripted")).toString(), "--name", "Scripted",
                "--data-dir", dir.resolve("store").toString())).isZero();
        cli.out.getBuffer().setLength(0);
    }

    @AfterEach
    void tearDown() {
        ollama.close();
    }

    private long judgeCalls() {
        return ollama.requests("/api/chat").stream().filter(r -> r.json().path("model").asText().equals(JUDGE))
                .count();
    }

    @Test
    void theJudgesScoresReachTheTableAndFilesAndAResumedJudgeAsksNothingTwice() throws Exception {
        Path file = dir.resolve("judged.json");
        Files.writeString(file, """
                {"name": "Judged", "dataset": "scripted", "sample": {"kind": "random", "size": 5, "seed": 1},
                 "configurations": [{"strategy": "llmrank-sequential", "model": "llama3.2:3b"},
                                    {"baseline": "popularity"}]}
                """);
        String store = dir.resolve("store").toString();

        int code = cli.run("experiment", file.toString(), "--judge", JUDGE, "--data-dir", store, "--ollama",
                ollama.baseUrl());

        assertThat(code).as(cli.err.toString()).isZero();
        long calls = judgeCalls();
        assertThat(calls).isGreaterThanOrEqualTo(5);
        assertThat(cli.err.toString()).contains("Judging " + calls + " explanations with model judge "
                + "judge-model:7b · judge-app-rubric v1 (0 judged before", "Model judge: " + calls
                + " judged now, 0 judged before, 0 answers could not be read, 0 failed.");
        assertThat(cli.out.toString()).contains("Explanations, scored 1-5 by model judge: judge-model:7b ·"
                + " judge-app-rubric v1 (a model's scores, not people's)", "5.00 [5.00, 5.00]");
        String baselineRow = cli.out.toString().lines().filter(l -> l.startsWith("Baseline: Popularity"))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(baselineRow).doesNotContain("5.00").contains("–");

        String summary = Files.readString(dir.resolve("judged.summary.csv"));
        assertThat(summary).contains("# Model judge judge-model:7b · judge-app-rubric v1: scores 1-5 given by the"
                + " model judge-model:7b with template judge-app-rubric version 1, not by people", OVERALL + " 95% low");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("judged.results.json").toFile());
        JsonNode judged = json.at("/configurations/0/modelJudges/0");
        assertThat(judged.path("model").asText()).isEqualTo(JUDGE);
        assertThat(judged.path("templateVersion").asInt()).isEqualTo(1);
        assertThat(judged.at("/scores/overall/mean").asDouble()).isEqualTo(5.0);
        assertThat(json.at("/configurations/1/modelJudges/0/scores/overall/users").asInt()).isZero();

        cli.err.getBuffer().setLength(0);
        assertThat(cli.run("experiment", file.toString(), "--resume", "--judge", JUDGE, "--data-dir", store,
                "--ollama", ollama.baseUrl())).as(cli.err.toString()).isZero();
        assertThat(cli.err.toString()).contains("has finished: judging its explanations",
                "Model judge: 0 judged now, " + calls + " judged before");
        assertThat(judgeCalls()).isEqualTo(calls);
    }

    @Test
    void aJudgeThatIsNotInstalledOrAnUnknownRubricStopsBeforeAnythingRuns() throws Exception {
        Path file = dir.resolve("judged.json");
        Files.writeString(file, """
                {"name": "Judged", "dataset": "scripted", "sample": {"kind": "random", "size": 5, "seed": 1},
                 "configurations": [{"strategy": "llmrank-sequential", "model": "llama3.2:3b"}]}
                """);
        String store = dir.resolve("store").toString();

        assertThat(cli.run("experiment", file.toString(), "--judge", "mistral", "--data-dir", store, "--ollama",
                ollama.baseUrl())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("\"mistral\" is not installed", "`ollama pull mistral:latest`");
        cli.err.getBuffer().setLength(0);
        assertThat(cli.run("experiment", file.toString(), "--judge", JUDGE, "--rubric", "helpfulness",
                "--data-dir", store, "--ollama", ollama.baseUrl())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("Unknown --rubric \"helpfulness\": use app or reclm-eval.");
        assertThat(ollama.requests("/api/chat")).isEmpty();
        assertThat(dir.resolve("judged.summary.csv")).doesNotExist();
    }
}
