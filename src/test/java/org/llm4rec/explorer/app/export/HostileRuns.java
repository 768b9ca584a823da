package org.llm4rec.explorer.app.export;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.candidates.CandidateProtocol;
import org.llm4rec.explorer.domain.candidates.CandidateSet;
import org.llm4rec.explorer.domain.grounding.Flag;
import org.llm4rec.explorer.domain.grounding.Grounding;
import org.llm4rec.explorer.domain.grounding.GroundingMethod;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.judge.Choice;
import org.llm4rec.explorer.domain.judge.LabelOrigin;
import org.llm4rec.explorer.domain.judge.PairKind;
import org.llm4rec.explorer.domain.judge.Rating;
import org.llm4rec.explorer.domain.judge.RubricScores;
import org.llm4rec.explorer.domain.judge.Vote;
import org.llm4rec.explorer.domain.judge.VoteSource;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.llm.LlmMetrics;
import org.llm4rec.explorer.domain.parse.ParseStatus;
import org.llm4rec.explorer.domain.prompt.PromptPart;
import org.llm4rec.explorer.domain.prompt.PromptSegment;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.run.RunStatus;
import org.llm4rec.explorer.domain.run.RunStep;

/** Runs whose texts try every way of breaking out of a file format: markup, quotes, separators, bidi text. */
public final class HostileRuns {
    public static final String SCRIPT_TITLE = "<script>alert('x')</script> & \"Friends\"";
    public static final String EXPLANATION = "Because you liked \"Dune\", <b>bold</b> & 'quoted', a, comma;\nand a new line";
    public static final String RTL_TITLE = "مئة عام من العزلة";
    public static final String RTL_EXPLANATION = "ספר מצוין – כי אהבת \"דיונה\" & <i>עוד</i>";
    public static final String PROMPT_HISTORY = "1. Dune by Frank Herbert (5/5)\n2. <img src=http://evil.example/x.png>\n";

    private HostileRuns() {
    }

    public static Comparison comparison() {
        return new Comparison(Instant.parse("2026-11-25T10:15:30.123Z"), "0.1.0",
                List.of(new ExportedColumn("Zero-shot <direct> & \"co\"", completed(), parts()),
                        new ExportedColumn("Failed, \"sadly\"", failed(), List.of())),
                ratings(), votes(), List.of());
    }

    public static final String RATING_NOTE = "Cites \"Dune\" & <em>nothing</em> false, really";

    public static List<Rating> ratings() {
        return List.of(
                new Rating("r-1", "run-1", 1, "b-7", SCRIPT_TITLE, new RubricScores(5, 4, 3, 2), RATING_NOTE,
                        "Ana <teacher>", Instant.parse("2026-11-25T11:00:00Z"), LabelOrigin.HUMAN),
                new Rating("r-2", "run-1", 1, "b-7", SCRIPT_TITLE, new RubricScores(1, 2, 3, 4), "",
                        "דנה", Instant.parse("2026-11-25T11:05:00Z"), LabelOrigin.HUMAN),
                new Rating("r-3", "run-1", 2, "b-8", RTL_TITLE, new RubricScores(3, 3, 3, 3), "fine, \"ok\"",
                        "Ana <teacher>", Instant.parse("2026-11-25T11:06:00Z"), LabelOrigin.HUMAN));
    }

    public static List<Vote> votes() {
        VoteSource direct = new VoteSource("run-1", "zero-shot-direct", "llama3.2:3b", "Zero-shot <direct>");
        VoteSource ranked = new VoteSource("run-2", "llmrank-sequential", "qwen <2>", "LLMRank & co");
        return List.of(
                vote("v-1", direct, ranked, false, Choice.A),
                vote("v-2", ranked, direct, true, Choice.B),
                vote("v-3", direct, ranked, false, Choice.TIE),
                vote("v-4", ranked, direct, false, Choice.A));
    }

    private static Vote vote(String id, VoteSource left, VoteSource right, boolean swapped, Choice choice) {
        return new Vote(id, "s-1", "pair-1", PairKind.LIST, "p-1", null, "", left, right, swapped, choice,
                "Ana <teacher>", Instant.parse("2026-11-25T12:00:00Z"), LabelOrigin.HUMAN);
    }

    public static List<PromptSegment> parts() {
        return List.of(new PromptSegment(PromptPart.INSTRUCTION, "You are a recommender.\n\n"),
                new PromptSegment(PromptPart.HISTORY, PROMPT_HISTORY),
                new PromptSegment(PromptPart.CANDIDATES, "\nCandidates:\n- " + RTL_TITLE + "\n"),
                new PromptSegment(PromptPart.OUTPUT_FORMAT, "\nReply with JSON only."));
    }

    /** A run whose every text a model or dataset controls is a spreadsheet formula, as CSV injection uses them. */
    public static Comparison formulaComparison() {
        Item item = new Item("=1+1", "=HYPERLINK(\"http://x\")", "@SUM(1)", 1999, "+1+1", 7);
        Recommendation recommendation = new Recommendation(1, "=HYPERLINK(\"http://x\")", "@SUM(1)", "-2+3",
                new Grounding(item, GroundingMethod.FUZZY, 0.875), Set.of(), false);
        RunRecord run = RunRecord.builder()
                .id("@run")
                .createdAt(Instant.parse("2026-11-25T10:00:00Z"))
                .datasetId("=dataset")
                .profileName("+profile")
                .strategyId("zero-shot-direct")
                .templateId("zero-shot-direct")
                .model("llama3.2:3b")
                .options(GenerationOptions.defaults())
                .prompt("=prompt")
                .promptHash("hash-3")
                .rawResponse("=HYPERLINK(\"http://x\")")
                .thinking("\t=1")
                .parseStatus(ParseStatus.JSON)
                .recommendations(List.of(recommendation))
                .status(RunStatus.COMPLETED)
                .message("-1+1")
                .build();
        Rating rating = new Rating("r-9", "@run", 1, "=1+1", "=title", new RubricScores(5, 4, 3, 2), "=note",
                "@rater", Instant.parse("2026-11-25T11:00:00Z"), LabelOrigin.HUMAN);
        return new Comparison(Instant.parse("2026-11-25T12:00:00Z"), "0.1.0",
                List.of(new ExportedColumn("=column", run, List.of())), List.of(rating), List.of(),
                List.of());
    }

    public static RunRecord completed() {
        Item grounded = new Item("b-7", SCRIPT_TITLE, "A, \"B\" & <C>", 1999, "fantasy, <sci-fi>", 12345);
        Item rtl = new Item("b-8", RTL_TITLE, "גבריאל גרסיה מרקס", null, "", 0);
        List<Recommendation> items = List.of(
                new Recommendation(1, SCRIPT_TITLE, "A, \"B\" & <C>", EXPLANATION,
                        new Grounding(grounded, GroundingMethod.EXACT, 1.0), Set.of(), true),
                new Recommendation(2, RTL_TITLE, "גבריאל גרסיה מרקס", RTL_EXPLANATION,
                        new Grounding(rtl, GroundingMethod.FUZZY, 0.875), Set.of(Flag.ALREADY_SEEN, Flag.DUPLICATE),
                        false),
                new Recommendation(3, "Invented & \"imaginary\"", "", "",
                        Grounding.none(), Set.of(Flag.NOT_IN_CATALOGUE), false));
        String prompt = parts().stream().map(PromptSegment::text).reduce("", String::concat);
        return RunRecord.builder()
                .id("run-1")
                .createdAt(Instant.parse("2026-11-25T10:00:00.5Z"))
                .datasetId("goodbooks")
                .datasetVersion("sha256:abc")
                .profileId("p-1")
                .profileName("Reader \"<one>\"")
                .strategyId("zero-shot-direct")
                .templateId("zero-shot-direct")
                .templateVersion(3)
                .model("llama3.2:3b")
                .modelDigest("sha256:digest")
                .serverVersion("0.12.1")
                .options(new GenerationOptions(0.2, 0.9, 40, 42, 8192, 1536, 1.1, List.of("</s>", "\"stop\""), true, 300))
                .prompt(prompt)
                .promptHash("hash-1")
                .rawResponse("{\"recommendations\": [\"<script>\"]}")
                .thinking("thinking, \"hard\"\n<think>")
                .parseStatus(ParseStatus.JSON_IN_TEXT)
                .recommendations(items)
                .metrics(new LlmMetrics(120L, 3450, 800L, 512, 300, 2500L, "http://127.0.0.1:11434", true))
                .status(RunStatus.COMPLETED)
                .message("Note: 1 item was a duplicate, \"sorry\"")
                .profileHash("fingerprint-1")
                .steps(List.of(new RunStep(1, "Order 1", "step prompt <1>", "step answer & 1", "", List.of("b-7", "b-8"), List.of("b-8", "b-7"), new LlmMetrics(1L, 2, null, 3, 4, null))))
                .candidates(new CandidateSet(CandidateProtocol.RANDOM_WITH_TARGET, 7L, true, List.of(grounded, rtl), "few"))
                .build();
    }

    public static RunRecord failed() {
        return RunRecord.builder()
                .id("run-2")
                .createdAt(Instant.parse("2026-11-25T10:01:00Z"))
                .datasetId("goodbooks")
                .datasetVersion("sha256:abc")
                .profileId("p-1")
                .profileName("Reader")
                .strategyId("llmrank-sequential")
                .templateId("llmrank-sequential")
                .templateVersion(1)
                .model("missing:7b")
                .options(GenerationOptions.defaults())
                .prompt("prompt")
                .promptHash("hash-2")
                .rawResponse("")
                .thinking("")
                .parseStatus(ParseStatus.FAILED)
                .recommendations(List.of())
                .status(RunStatus.FAILED)
                .message("The server does not have missing:7b, pull it")
                .failure(LlmFailure.MODEL_NOT_FOUND)
                .build();
    }
}
