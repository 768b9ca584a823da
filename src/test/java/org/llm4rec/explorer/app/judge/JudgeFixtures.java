package org.llm4rec.explorer.app.judge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llm4rec.explorer.app.port.JudgeRepository;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.Item;
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
import org.llm4rec.explorer.domain.parse.ParseStatus;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.run.RunStatus;

/**
 * Two columns recommending the same five films with explanations of one to five sentences, and fake judges that
 * answer the way models do (a preamble and a fenced JSON block, a thinking block, "4/5" strings, flat keys).
 */
public final class JudgeFixtures {
    public static final List<String> HISTORY = List.of("Toy Story (1995)", "Aladdin (1992)", "Lion King, The (1994)");
    private static final Instant RATED_AT = Instant.parse("2026-12-02T09:00:00Z");
    private static final Pattern EXPLANATION = Pattern.compile(
            "The explanation given to the user:\\n(.*?)\\n\\nScore the explanation", Pattern.DOTALL);
    private static final Pattern PAIR = Pattern.compile(
            "Explanation A:\\n(.*?)\\n\\nExplanation B:\\n(.*?)\\n\\nWhich", Pattern.DOTALL);
    private static final List<String> FILMS = List.of("Finding Nemo (2003)", "Monsters, Inc. (2001)",
            "Beauty and the Beast (1991)", "Mulan (1998)", "Shrek (2001)");
    private static final List<String> SENTENCES = List.of("Since you loved Toy Story, this Pixar film fits.",
            "Its humour works for adults and children alike.", "The animation is bright and inventive.",
            "The voice cast is superb.", "It also has a memorable score.");

    private JudgeFixtures() {
    }

    /** A run whose explanation at rank r has {@code sentences[r-1]} sentences. */
    public static RunRecord run(String id, int... sentences) {
        List<Recommendation> items = new ArrayList<>();
        for (int i = 0; i < FILMS.size(); i++) {
            Item film = new Item("m" + i, FILMS.get(i), "", null, "Animation|Children", 100);
            items.add(new Recommendation(i + 1, FILMS.get(i).replaceAll(" \\(\\d{4}\\)$", ""), "",
                    String.join(" ", SENTENCES.subList(0, sentences[i])),
                    new Grounding(film, GroundingMethod.NORMALISED, 0.95), Set.of(), false));
        }
        return RunRecord.builder().id(id).createdAt(Instant.parse("2026-12-01T10:00:00Z")).datasetId("ml")
                .datasetVersion("v1").profileId("p-1").profileName("Family films").strategyId("zero-shot-direct")
                .templateId("zero-shot-direct").templateVersion(1).model("llama3.2:3b")
                .options(GenerationOptions.defaults()).prompt("prompt").promptHash("h").rawResponse("")
                .thinking("").parseStatus(ParseStatus.JSON).recommendations(items).status(RunStatus.COMPLETED)
                .message("").profileHash("f").steps(List.of()).build();
    }

    /**
     * Ann's and Ben's relevance ratings of run-a (Ann swaps ranks 3 and 4; both give faithfulness 3), and four blind
     * votes between run-a (left) and run-b: B for Finding Nemo and Shrek, A for Beauty and the Beast, a tie on Mulan.
     */
    public static void ratePeople(JudgeRepository people) {
        int[] ann = {1, 2, 4, 3, 5};
        int[] ben = {1, 2, 3, 4, 5};
        for (int rank = 1; rank <= 5; rank++) {
            people.saveRating(rating("ann", rank, ann[rank - 1]));
            people.saveRating(rating("ben", rank, ben[rank - 1]));
        }
        VoteSource a = new VoteSource("run-a", "zero-shot-direct", "llama3.2:3b", "A");
        VoteSource b = new VoteSource("run-b", "zero-shot-direct", "llama3.2:3b", "B");
        people.saveVote(vote("v1", "Finding Nemo", a, b, Choice.B));
        people.saveVote(vote("v2", "Shrek", a, b, Choice.B));
        people.saveVote(vote("v3", "Beauty and the Beast", a, b, Choice.A));
        people.saveVote(vote("v4", "Mulan", a, b, Choice.TIE));
    }

    private static Rating rating(String rater, int rank, int relevance) {
        return new Rating(rater + rank, "run-a", rank, "m" + (rank - 1), "", new RubricScores(relevance, relevance,
                relevance, 3), "", rater, RATED_AT, LabelOrigin.HUMAN);
    }

    private static Vote vote(String id, String title, VoteSource left, VoteSource right, Choice choice) {
        return new Vote(id, "s1", title, PairKind.EXPLANATION, "p-1", null, title, left, right, false, choice, "ann",
                RATED_AT, LabelOrigin.HUMAN);
    }

    static int sentences(String text) {
        return text.isBlank() ? 0 : text.split("(?<=\\.)\\s+").length;
    }

    /**
     * The rule-following judge: every criterion gets the number of sentences of the explanation, except
     * faithfulness, which is 5 minus that number plus 1 (a long reason risks more). Answers rotate through shapes
     * real models write.
     */
    public static String ruleJudge(String prompt) {
        Matcher m = EXPLANATION.matcher(prompt);
        if (!m.find()) {
            return "I cannot find the explanation.";
        }
        int n = sentences(m.group(1));
        int faithful = 6 - n;
        return switch (n % 3) {
            case 0 -> "Here is my evaluation of the explanation.\n\n```json\n{\n  \"scores\": {\"relevance\": " + n
                    + ", \"specificity\": " + n + ", \"persuasiveness\": " + n + ", \"faithfulness\": " + faithful
                    + "},\n  \"reason\": \"" + n + " sentences, each about the film.\"\n}\n```\nLet me know if"
                    + " you need more.";
            case 1 -> "<think>The user liked Pixar films. Count the sentences.</think>\n{\"Relevance\": \"" + n
                    + "/5\", \"Specificity\": \"" + n + "/5\", \"Persuasiveness\": \"" + n + "/5\","
                    + " \"Faithfulness\": \"" + faithful + "/5\", \"justification\": \"Short and on topic.\"}";
            default -> "Sure! {'scores': {'relevance': {'score': " + n + "}, 'specificity': " + n + ".0,"
                    + " 'persuasiveness': " + n + ", 'faithfulness': " + faithful + ",}, 'reason': 'Fair.'}";
        };
    }

    /** A pairwise judge that prefers the longer explanation, in either order, and calls equal ones a tie. */
    static String longerWins(String prompt) {
        Matcher m = PAIR.matcher(prompt);
        if (!m.find()) {
            return "{\"winner\": \"tie\"}";
        }
        int a = sentences(m.group(1));
        int b = sentences(m.group(2));
        String winner = a == b ? "tie" : a > b ? "A" : "B";
        return "```json\n{\"winner\": \"" + winner + "\", \"reason\": \"It says more.\"}\n```";
    }

    /** A pairwise judge that always prefers whatever it is shown first. */
    public static String firstWins(String prompt) {
        return "After reading both carefully, **Winner: A**. Explanation A is more engaging.";
    }
}
