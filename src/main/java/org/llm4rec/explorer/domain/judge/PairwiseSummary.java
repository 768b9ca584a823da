package org.llm4rec.explorer.domain.judge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a pairwise judge said about two columns, every pair asked in both orders.
 *
 * @param judgements   verdicts counted
 * @param winsByRun    run id to the verdicts its explanation won
 * @param ties         verdicts that were ties
 * @param positionBias how often the judge picked the explanation shown first, with its 95% interval; pairs asked
 *                     both ways with a decisive verdict both times, and how many of those picked the same
 *                     explanation both times (self-consistency)
 */
public record PairwiseSummary(int judgements, Map<String, Integer> winsByRun, int ties, PositionBias positionBias) {
    public PairwiseSummary {
        winsByRun = Map.copyOf(winsByRun);
    }

    public static PairwiseSummary of(List<PairJudgement> judgements) {
        Map<String, Integer> wins = new HashMap<>();
        Map<String, PairJudgement> earlier = new HashMap<>();
        int ties = 0;
        int first = 0;
        int decisive = 0;
        int bothWays = 0;
        int consistent = 0;
        for (PairJudgement j : judgements) {
            Optional<String> winner = j.winnerRunId();
            if (winner.isEmpty()) {
                ties++;
            } else {
                wins.merge(winner.get(), 1, Integer::sum);
                decisive++;
                first += j.verdict() == PairVerdict.FIRST ? 1 : 0;
            }
            PairJudgement other = earlier.putIfAbsent(j.pairKey(), j);
            if (other != null && winner.isPresent() && other.winnerRunId().isPresent()) {
                bothWays++;
                consistent += winner.equals(other.winnerRunId()) ? 1 : 0;
            }
        }
        return new PairwiseSummary(judgements.size(), wins, ties,
                PositionBias.of(first, decisive, bothWays, consistent));
    }

    /** Share of pairs asked both ways that got the same winner both times, NaN when none were. */
    public double selfConsistency() {
        return positionBias.swappedPairs() == 0 ? Double.NaN
                : (double) positionBias.consistentPairs() / positionBias.swappedPairs();
    }

    public int wins(String runId) {
        return winsByRun.getOrDefault(runId, 0);
    }
}
