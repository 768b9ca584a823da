package org.llm4rec.explorer.domain.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.candidates.CandidateProtocol;
import org.llm4rec.explorer.domain.candidates.CandidateSet;
import org.llm4rec.explorer.domain.grounding.Flag;
import org.llm4rec.explorer.domain.grounding.Grounding;
import org.llm4rec.explorer.domain.grounding.GroundingMethod;
import org.llm4rec.explorer.domain.grounding.Recommendation;

/** Badges follow what the run's prompt held, also for runs stored with flags it did not justify. */
class BadgesTest {
    private static final Item DUNE = new Item("8", "Dune", "Frank Herbert", 1965, "", 90);
    private static final Item EMMA = new Item("9", "Emma", "Jane Austen", 1815, "", 80);
    /** As an earlier version stored a zero-shot run started by Run all: flagged against candidates never shown. */
    private static final Recommendation FLAGGED = new Recommendation(1, "Dune", "Frank Herbert", "",
            new Grounding(DUNE, GroundingMethod.EXACT, 1.0), Set.of(Flag.NOT_IN_CANDIDATES, Flag.ALREADY_SEEN),
            false);

    @Test
    void aRunWhosePromptHeldNoCandidatesHasNoCandidateBadge() {
        RunRecord open = run(null);

        assertThat(Badges.flags(open, FLAGGED)).containsExactly(Flag.ALREADY_SEEN);
        assertThat(Badges.of(open, FLAGGED)).extracting(Badges.Badge::label)
                .containsExactly("in catalogue · exact 100%", "already in history");
    }

    @Test
    void aRunThatRankedCandidatesKeepsIt() {
        RunRecord ranked = run(new CandidateSet(CandidateProtocol.RANDOM_WITH_TARGET, 42, false, List.of(EMMA),
                "drawn"));

        assertThat(Badges.of(ranked, FLAGGED)).extracting(Badges.Badge::label)
                .containsExactly("in catalogue · exact 100%", "already in history", "not in candidates");
    }

    @Test
    void anInventedTitleSaysSoOnceAndAHitIsMarked() {
        Recommendation invented = new Recommendation(2, "The Lanterns of Vell Harrow", "", "", Grounding.none(),
                Set.of(Flag.NOT_IN_CATALOGUE), false);
        Recommendation hit = new Recommendation(3, "Emma", "", "", new Grounding(EMMA, GroundingMethod.FUZZY, 0.875),
                Set.of(), true);

        assertThat(Badges.of(run(null), invented)).extracting(Badges.Badge::kind)
                .containsExactly(Badges.Kind.NOT_IN_CATALOGUE);
        assertThat(Badges.of(run(null), hit)).extracting(Badges.Badge::label)
                .containsExactly("in catalogue · fuzzy 88%", "hit: held-out target");
    }

    private static RunRecord run(CandidateSet candidates) {
        return RunRecord.builder().id("r").strategyId("zero-shot-direct").recommendations(List.of(FLAGGED))
                .candidates(candidates).build();
    }
}
