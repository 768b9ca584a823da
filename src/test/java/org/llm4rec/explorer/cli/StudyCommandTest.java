package org.llm4rec.explorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.experiment.StudyUsers;
import org.llm4rec.explorer.boot.Wiring;
import org.llm4rec.explorer.fake.FakeOllama;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The study subcommand end to end: in-process picocli, a store in a temp folder, the fake Ollama over HTTP. */
class StudyCommandTest {
    private static final String MODEL = "llama3.2:3b";

    @TempDir
    Path dir;
    private FakeOllama ollama;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Command(name = "llm4rec-explorer", mixinStandardHelpOptions = true)
    static final class Root {
    }

    @BeforeEach
    void setUp() throws Exception {
        ollama = FakeOllama.start().model(MODEL).replies(MODEL, StudyUsers::keepsTheListedOrder);
        assertThat(run("import", StudyUsers.write(dir.resolve("study-users")).folder.toString(), "--name",
                "Study users", "--data-dir", dir.resolve("store").toString())).isZero();
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    @AfterEach
    void tearDown() {
        ollama.close();
    }

    private int run(String... args) {
        CommandLine cli = Subcommands.addFor(List.of(args), new CommandLine(new Root()), Wiring::forCommand);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private int study(String... extra) {
        String[] base = {"study", "position-bias", "--dataset", "study-users", "--model", MODEL, "--users", "0",
                "--values", "1,10,20", "--data-dir", dir.resolve("store").toString(), "--ollama", ollama.baseUrl()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return run(args);
    }

    @Test
    void runsAStudyWithProgressAndPrintsTheTableTheFindingAndTheCsv() throws Exception {
        Path csv = dir.resolve("position.csv");

        int code = study("--csv", csv.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("Position bias: The target placed at a fixed position")
                .contains("About 480 model calls").contains("[1/3 target at 1]").contains("[3/3 target at 20]");
        assertThat(out.toString()).contains("Ranked once", "Bootstrapped, B=3", "NDCG@10", "1.000",
                        "published: LLMRank, ChatGPT, ML-1M, read from Fig. 2a")
                .contains("With the target at position 1, NDCG@10 is 1.000; at position 20 it is 0.000, 100% lower")
                .contains("The model favours candidates listed early: position bias.");
        assertThat(Files.readString(csv)).contains("Ranked once,1,1.0,NDCG@10,1.0,1.0,1.0,40")
                .contains("\"LLMRank, ChatGPT, ML-1M, read from Fig. 2a\",5,5.0,NDCG@10,0.49");
        // 40 users × 3 positions × (once + 3 orders) asked; the first bootstrapped order is the order ranked once,
        // so the app's response cache answers those 120 without the server.
        assertThat(ollama.requests("/api/chat").size()).isEqualTo(360);
        String first = out.toString();

        out.getBuffer().setLength(0);
        assertThat(study("--resume")).isZero();
        assertThat(ollama.requests("/api/chat").size()).as("finished points are read back, not run").isEqualTo(360);
        assertThat(out.toString()).isEqualTo(first.substring(0, first.indexOf("Curves: ")));
    }

    @Test
    void aStudyOrMetricThatDoesNotExistIsNamedWithTheKnownOnes() {
        assertThat(run("study", "sideways", "--dataset", "study-users", "--model", MODEL, "--data-dir",
                dir.resolve("store").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Unknown study \"sideways\"; known: order, history-length,"
                + " position-bias, popularity-bias, strategies, sweep.");

        assertThat(study("--metric", "accuracy")).isEqualTo(1);
        assertThat(err.toString()).contains("Unknown metric \"accuracy\"; known: HR@1,").contains("NDCG@10");

        assertThat(run("study", "sweep", "--dataset", "study-users", "--model", MODEL, "--data-dir",
                dir.resolve("store").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("A sweep needs the parameter it varies");
        assertThat(ollama.requests("/api/chat")).isEmpty();
    }

    @Test
    void aSweepOfTwoParametersPrintsItsPanelsAndWritesThePage() throws Exception {
        Path page = dir.resolve("sweep.html");

        int code = run("study", "sweep", "--parameter", "history", "--values", "5,50", "--panels",
                "candidates=5,20", "--dataset", "study-users", "--model", MODEL, "--users", "0", "--html",
                page.toString(), "--name", "K & M <sweep>", "--data-dir", dir.resolve("store").toString(),
                "--ollama", ollama.baseUrl());

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("with K (history items) varied; one chart per M (candidates)")
                .contains("About 160 model calls").contains("[1/4 candidates=5, history=5]")
                .contains("[4/4 candidates=20, history=50]");
        // A model that keeps the listed order ranks the target where it was drawn: among 5, always in the top 10.
        assertThat(out.toString()).contains("panel          series       K (history items)")
                .contains("candidates=5   llama3.2:3b  history=5          NDCG@10")
                .contains("With candidates=5, NDCG@10 goes from").contains("With candidates=20,")
                .contains("Page: " + page);
        assertThat(Files.readString(page)).contains("<h1 dir=\"auto\">K &amp; M &lt;sweep&gt;</h1>")
                .contains("dataset Study users").contains(">candidates=20</text>")
                .contains("With candidates=5, NDCG@10 goes from");

        assertThat(run("study", "sweep", "--parameter", "history", "--values", "5", "--panels", "candidates",
                "--dataset", "study-users", "--model", MODEL, "--data-dir", dir.resolve("store").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("Panels are written parameter=value,value,… (for example"
                + " candidates=5,10,20), not \"candidates\".");

        int chats = ollama.requests("/api/chat").size();
        assertThat(run("study", "sweep", "--parameter", "history", "--values", "5", "--dataset", "study-users",
                "--model", MODEL, "--html", dir.resolve("no such folder").resolve("page.html").toString(),
                "--data-dir", dir.resolve("store").toString(), "--ollama", ollama.baseUrl())).isEqualTo(1);
        assertThat(err.toString()).contains("The folder of --html").contains("does not exist: create it first");
        assertThat(ollama.requests("/api/chat")).as("nothing runs before the page could be written").hasSize(chats);
    }
}
