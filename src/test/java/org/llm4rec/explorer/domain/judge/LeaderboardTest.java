package org.llm4rec.explorer.domain.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeaderboardTest {
    private static final VoteSource ZERO = new VoteSource("run-1", "zero-shot", "llama3", null);
    private static final VoteSource FEW = new VoteSource("run-2", "few-shot", "llama3", null);
    private static final VoteSource QWEN = new VoteSource("run-3", "zero-shot", "qwen2", null);

    @Test
    void tiesAreHalfWinsAndBothBadIsCountedButNotFitted() {
        List<Vote> votes = new ArrayList<>();
        // few-shot shown on both sides; it wins 3, loses 1, ties 2 against zero-shot: the two-entry closed form
        votes.add(vote("p1", FEW, ZERO, false, Choice.A));
        votes.add(vote("p2", ZERO, FEW, false, Choice.B));
        votes.add(vote("p3", FEW, ZERO, false, Choice.A));
        votes.add(vote("p4", ZERO, FEW, false, Choice.A));
        votes.add(vote("p5", FEW, ZERO, false, Choice.TIE));
        votes.add(vote("p6", ZERO, FEW, false, Choice.TIE));
        votes.add(vote("p7", ZERO, FEW, false, Choice.BOTH_BAD));

        Leaderboard board = Leaderboard.of(votes, Grouping.CONFIGURATION);

        assertThat(board.entries()).extracting(LeaderboardEntry::key)
                .containsExactly("few-shot · llama3", "zero-shot · llama3");
        LeaderboardEntry best = board.entries().get(0);
        assertThat(best.rank()).isEqualTo(1);
        assertThat(best.wins()).isEqualTo(3);
        assertThat(best.losses()).isEqualTo(1);
        assertThat(best.ties()).isEqualTo(2);
        assertThat(best.bothBad()).isEqualTo(1);
        assertThat(best.theta()).isCloseTo(Math.log(2) / 2, within(1e-6));
        assertThat(best.lower()).isCloseTo(-0.502115, within(1e-6));
        assertThat(best.upper()).isCloseTo(1.195263, within(1e-6));
        assertThat(board.votes()).isEqualTo(7);
        assertThat(board.ties()).isEqualTo(2);
        assertThat(board.bothBad()).isEqualTo(1);
    }

    @Test
    void groupingByModelPutsBothStrategiesOfOneModelTogether() {
        List<Vote> votes = List.of(
                vote("p1", ZERO, QWEN, false, Choice.A),
                vote("p2", QWEN, FEW, false, Choice.A),
                vote("p3", ZERO, FEW, false, Choice.B));

        Leaderboard board = Leaderboard.of(votes, Grouping.MODEL);

        assertThat(board.entries()).extracting(LeaderboardEntry::key).containsExactlyInAnyOrder("llama3", "qwen2");
        assertThat(board.sameEntryVotes()).isEqualTo(1);
        assertThat(board.regularised()).isFalse();
    }

    @Test
    void anEntryOnlySeenInBothBadVotesIsListedLastWithoutAFit() {
        List<Vote> votes = List.of(
                vote("p1", ZERO, FEW, false, Choice.A),
                vote("p2", FEW, ZERO, false, Choice.A),
                vote("p3", QWEN, FEW, false, Choice.BOTH_BAD));

        Leaderboard board = Leaderboard.of(votes, Grouping.CONFIGURATION);

        LeaderboardEntry last = board.entries().get(2);
        assertThat(last.key()).isEqualTo("zero-shot · qwen2");
        assertThat(last.estimated()).isFalse();
        assertThat(last.bothBad()).isEqualTo(1);
    }

    /*
     * A scripted session of 20 pairs, each shown once and again swapped, where the rater picks the left side 30
     * times out of 40 decisive votes: share 0.75, Wilson interval by hand
     * centre (0.75 + 1.92073/40) / (1 + 3.84146/40) = 0.728094, half-width 1.959964 · sqrt(0.75·0.25/40 +
     * 3.84146/6400) / 1.0960365 = 0.130034 → [0.598060, 0.858129].
     * The rater kept the same source in 10 of 20 pairs.
     */
    @Test
    void positionBiasIsMeasuredFromAScriptedSessionWithSwappedReShows() {
        List<Vote> votes = new ArrayList<>();
        for (int pair = 0; pair < 20; pair++) {
            String key = "pair-" + pair;
            votes.add(vote(key, ZERO, FEW, false, Choice.A));
            boolean keepsSource = pair < 10;
            votes.add(vote(key, FEW, ZERO, true, keepsSource ? Choice.B : Choice.A));
        }
        votes.add(vote("extra", ZERO, FEW, false, Choice.TIE));
        votes.add(vote("extra2", ZERO, FEW, false, Choice.BOTH_BAD));

        PositionBias bias = Leaderboard.of(votes, Grouping.CONFIGURATION).bias();

        assertThat(bias.decisiveVotes()).isEqualTo(40);
        assertThat(bias.leftVotes()).isEqualTo(30);
        assertThat(bias.leftShare()).isEqualTo(0.75);
        assertThat(bias.lower()).isCloseTo(0.598060, within(1e-6));
        assertThat(bias.upper()).isCloseTo(0.858129, within(1e-6));
        assertThat(bias.significant()).isTrue();
        assertThat(bias.swappedPairs()).isEqualTo(20);
        assertThat(bias.consistentPairs()).isEqualTo(10);
    }

    @Test
    void noVotesGiveAnEmptyBoardAndNoBias() {
        Leaderboard board = Leaderboard.of(List.of(), Grouping.STRATEGY);

        assertThat(board.entries()).isEmpty();
        assertThat(board.bias().leftShare()).isNaN();
        assertThat(board.bias().significant()).isFalse();
    }

    private static Vote vote(String pairKey, VoteSource left, VoteSource right, boolean swapped, Choice choice) {
        return new Vote(pairKey + (swapped ? "-swapped" : ""), "session-1", pairKey, PairKind.EXPLANATION, "profile-1",
                "item-1", "Dune", left, right, swapped, choice, "Ada", Instant.EPOCH, LabelOrigin.HUMAN);
    }
}
