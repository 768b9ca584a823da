package org.llm4rec.explorer.domain.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.llm4rec.explorer.domain.prompt.StrategyFixtures.CANDIDATES;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.Reaction;
import org.llm4rec.explorer.domain.parse.ParseResult;
import org.llm4rec.explorer.domain.parse.ParsedItem;
import org.llm4rec.explorer.domain.parse.ResponseParser;

/** How each strategy reads its answers into the list the parser sees. */
class StrategyAnswersTest {
    private final ResponseParser parser = new ResponseParser();
    private final StrategyInput input = StrategyFixtures.input(CANDIDATES);

    @Test
    void chainOfThoughtShowsItsReasoningApartFromTheRanking() {
        AnswerText answer = RankingStrategy.chainOfThought().readAnswer("""
                Reasoning:
                1. The reader loves dystopian heroines.
                2. Gatsby got a low rating.

                **Ranking:**
                1. Catching Fire (The Hunger Games, #2) by Suzanne Collins - the sequel to a 5-star read
                2. Divergent (Divergent, #1) by Veronica Roth - another brave heroine""");

        assertThat(answer.reasoning()).startsWith("Reasoning:").contains("Gatsby got a low rating.")
                .doesNotContain("Ranking");
        assertThat(parser.parse(answer.list()).items()).extracting(ParsedItem::title)
                .containsExactly("Catching Fire (The Hunger Games, #2)", "Divergent (Divergent, #1)");
    }

    @Test
    void chainOfThoughtWithoutTheHeadingReadsTheWholeAnswer() {
        AnswerText answer = RankingStrategy.chainOfThought().readAnswer("1. Divergent by Veronica Roth");

        assertThat(answer.reasoning()).isEmpty();
        assertThat(answer.list()).isEqualTo("1. Divergent by Veronica Roth");
    }

    @Test
    void nativeThinkingDropsTheRequestForWrittenReasoning() {
        PromptStrategy cot = RankingStrategy.chainOfThought();
        StrategyInput thinking = new StrategyInput(input.dataset(), input.profile(), 3, CANDIDATES, List.of(), true);

        assertThat(cot.build(input, cot.defaultTemplate()).prompt().text()).contains("\"Reasoning:\"");
        assertThat(cot.build(thinking, cot.defaultTemplate()).prompt().text()).doesNotContain("Reasoning");
    }

    @Test
    void nirPairsEachPickWithTheHistoryItemItFollowsFrom() {
        NirStrategy nir = new NirStrategy();
        String list = nir.combine(input, List.of("Likes heroines.", "1. The Hunger Games", """
                Here you go:
                1. The Hunger Games -> Catching Fire (The Hunger Games, #2) by Suzanne Collins
                2. The Hobbit → Divergent (Divergent, #1)
                """));

        ParseResult parsed = parser.parse(list);
        assertThat(parsed.items()).extracting(ParsedItem::title)
                .containsExactly("Catching Fire (The Hunger Games, #2)", "Divergent (Divergent, #1)");
        assertThat(parsed.items().get(0).creator()).isEqualTo("Suzanne Collins");
        assertThat(parsed.items().get(1).explanation()).contains("Paired with The Hobbit");
    }

    @Test
    void nirStepsCarryTheEarlierAnswersForward() {
        NirStrategy nir = new NirStrategy();
        String third = nir.step(2, input, nir.defaultTemplate(), List.of("PREFS-ANSWER", "SELECTED-ANSWER"))
                .prompt().text();

        assertThat(third).contains("Answer: PREFS-ANSWER").contains("Answer: SELECTED-ANSWER")
                .contains("Step 3: Recommend 3 books from the candidate set");
        assertThat(nir.step(0, input, nir.defaultTemplate(), List.of()).prompt().text())
                .doesNotContain("Step 2").contains("Step 1");
    }

    @Test
    void aMultiStepTemplateWithoutItsSectionsSaysWhatIsMissing() {
        NirStrategy nir = new NirStrategy();
        PromptTemplate oneSection = new PromptTemplate(NirStrategy.ID, 2, "Just one step {{candidates}}");

        assertThatThrownBy(() -> nir.step(0, input, oneSection, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 sections")
                .hasMessageContaining("=== next step ===");
    }

    @Test
    void pointwiseRanksCandidatesByTheirPredictedRating() {
        var pointwise = CandidateQuestionStrategy.pointwiseRating();
        String list = pointwise.combine(input, List.of("3", "I'd say 4.5 out of 5", "2", "no idea"));

        assertThat(parser.parse(list).items()).extracting(ParsedItem::title).containsExactly(
                "Catching Fire (The Hunger Games, #2)", "Divergent (Divergent, #1)", "To Kill a Mockingbird",
                "The Fault in Our Stars");
        assertThat(list).contains("(unreadable) no idea");
    }

    @Test
    void yesNoPutsYesAnswersFirst() {
        var yesNo = CandidateQuestionStrategy.yesNo();
        String list = yesNo.combine(input, List.of("No.", "Yes, definitely.", "no", "YES"));

        assertThat(parser.parse(list).items()).extracting(ParsedItem::title).containsExactly(
                "Catching Fire (The Hunger Games, #2)", "The Fault in Our Stars", "Divergent (Divergent, #1)",
                "To Kill a Mockingbird");
    }

    @Test
    void pairwiseRanksByWinsOverEveryPair() {
        PairwiseStrategy pairwise = new PairwiseStrategy();
        assertThat(pairwise.stepCount(input)).isEqualTo(6);
        // Pairs in order: (1,2) (1,3) (1,4) (2,3) (2,4) (3,4); candidate 2 wins all of its pairs.
        String list = pairwise.combine(input, List.of("B", "A", "the answer index is A", "A", "(A)", "B"));

        assertThat(parser.parse(list).items()).extracting(ParsedItem::title).first()
                .isEqualTo("Catching Fire (The Hunger Games, #2)");
        assertThat(list).contains("Won 3 of 3 comparisons.");
    }

    @Test
    void rankingStrategiesRefuseToRunWithoutCandidates() {
        PromptStrategy sequential = RankingStrategy.sequential();
        StrategyInput none = StrategyFixtures.input(List.of());

        assertThatThrownBy(() -> sequential.build(none, sequential.defaultTemplate()))
                .hasMessageContaining("candidate generator");
    }

    /** Four held-out candidates the profile knows: rated 3, rated 5, disliked without a rating, rated 4. */
    private static StrategyInput heldOutCandidates() {
        Profile known = new Profile("p2", "Known", StrategyFixtures.BOOKS.id(), "", List.of(
                new ProfileEntry(StrategyFixtures.HUNGER_GAMES, 5.0, false),
                new ProfileEntry(StrategyFixtures.DIVERGENT, 3.0, true),
                new ProfileEntry(StrategyFixtures.CATCHING_FIRE, 5.0, true),
                new ProfileEntry(StrategyFixtures.MOCKINGBIRD, null, true, Reaction.DISLIKED),
                new ProfileEntry(StrategyFixtures.FAULT, 4.0, true)), "");
        return new StrategyInput(StrategyFixtures.BOOKS, known, 3, CANDIDATES, List.of(), false);
    }

    @Test
    void pointwiseScoresRmseAndMaeOnTheRatedCandidates() {
        // Divergent 3 predicted 4 (+1), Catching Fire 5 predicted 4 (−1), Mockingbird has no rating, Fault 4
        // predicted 2 (−2): RMSE = sqrt((1 + 1 + 4) / 3) = sqrt(2) = 1.41, MAE = 4 / 3 = 1.33.
        String note = CandidateQuestionStrategy.pointwiseRating()
                .score(heldOutCandidates(), List.of("4", "I'd say 4", "5", "2"));

        assertThat(note).startsWith("Scored: RMSE 1.41 · MAE 1.33 on 3 rated items;");
    }

    @Test
    void pointwiseWithoutRatedCandidatesScoresNothing() {
        // The fixture's only held-out item, Catching Fire, is the second candidate; its answer is unreadable.
        assertThat(CandidateQuestionStrategy.pointwiseRating().score(input, List.of("3", "no idea", "2", "1")))
                .isEmpty();
    }

    @Test
    void yesNoScoresAccuracyAndAucAgainstWhatTheProfileLikes() {
        // Truth: Divergent 3 → not liked, Catching Fire 5 → liked, Mockingbird disliked, Fault 4 → liked.
        // Answers Yes, Yes, No, No: right on Catching Fire and Mockingbird, 2 / 4 = 0.50.
        // AUC: liked scores {1, 0} vs not liked {1, 0}: (1,1) ½, (1,0) 1, (0,1) 0, (0,0) ½ = 2 / 4 = 0.50.
        String note = CandidateQuestionStrategy.yesNo()
                .score(heldOutCandidates(), List.of("Yes", "Yes", "No", "No"));

        assertThat(note).startsWith("Scored: accuracy 0.50 · AUC 0.50 (from the Yes/No decisions alone, so equal"
                + " to balanced accuracy) on 4 items (liked: rated 4 or more, or marked liked);");
    }

    @Test
    void yesNoUsesAStatedConfidenceForTheAuc() {
        // Yes-leaning scores: Divergent 0.7 (not liked), Catching Fire 0.9 (liked), Mockingbird 0.2 (not liked),
        // Fault 1 − 0.6 = 0.4 (liked). Pairs liked vs not: 0.9>0.7 1, 0.9>0.2 1, 0.4<0.7 0, 0.4>0.2 1 = 3 / 4.
        // Decisions right: Catching Fire, Mockingbird = 2 / 4.
        String note = CandidateQuestionStrategy.yesNo().score(heldOutCandidates(), List.of("Yes, confidence 0.7",
                "Yes, confidence 0.9", "No (80% sure)", "No, confidence 0.6"));

        assertThat(note).startsWith("Scored: accuracy 0.50 · AUC 0.75 on 4 items");
    }

    @Test
    void yesNoWithOnlyTheLikedTargetKnownHasNoAuc() {
        String note = CandidateQuestionStrategy.yesNo().score(input, List.of("No", "Yes", "Yes", "maybe"));

        assertThat(note).startsWith("Scored: accuracy 1.00 · AUC undefined (every scored item is of one class)"
                + " on 1 item");
    }

    @Test
    void pairwiseScoresTheShareOfPairsWonByTheHigherRatedItem() {
        // Pairs of Divergent 3, Catching Fire 5, Mockingbird (no rating), Fault 4, in the order (1,2) (1,3) (1,4)
        // (2,3) (2,4) (3,4). Known: (1,2) answer B right, (1,4) answer A wrong, (2,4) answer A right: 2 / 3.
        String note = new PairwiseStrategy().score(heldOutCandidates(), List.of("B", "A", "A", "B", "(A)", "A"));

        assertThat(note).isEqualTo("Scored: pairwise accuracy 0.67 (2 of 3 pairs with a known preference).");
    }
}
