package org.llm4rec.explorer.domain.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.llm4rec.explorer.domain.prompt.StrategyFixtures.CANDIDATES;

import java.util.List;
import org.junit.jupiter.api.Test;
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

    @Test
    void pointwiseScoresTheErrorOnTheHeldOutTargetItsUserRated() {
        // Candidate 2 is Catching Fire, the held-out target, which the user rated 5.
        String note = CandidateQuestionStrategy.pointwiseRating().score(input, List.of("3", "4", "2", "1"));

        assertThat(note).contains("Catching Fire").contains("rated 5.0, predicted 4.0").contains("error 1.00");
    }

    @Test
    void yesNoScoresAccuracyWithTheTargetAsTheOnlyLikedCandidate() {
        String note = CandidateQuestionStrategy.yesNo().score(input, List.of("No", "Yes", "Yes", "maybe"));

        assertThat(note).startsWith("Accuracy 2/3 (67%)").contains("held-out target as liked");
    }
}
