package org.llm4rec.explorer.domain.judge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strategies or models ranked by a Bradley–Terry fit of blind A/B votes.
 *
 * <p>Ties count as half a win for each side; "both bad" votes are left out of the fit but counted per entry. The
 * 95% intervals come from the observed Fisher information (normal approximation on the log-strength scale).
 * Votes whose two sides fall into the same entry (e.g. two strategies of the same model when ranking models)
 * cannot rank anything and are counted in {@link #sameEntryVotes()} only.
 *
 * @param grouping       what the entries are
 * @param entries        ranked, best first
 * @param votes          all votes given
 * @param ties           tied votes
 * @param bothBad        "both bad" votes
 * @param sameEntryVotes votes comparing an entry with itself
 * @param regularised    true when the data did not allow a plain maximum-likelihood fit (some entry never won
 *                       or never lost); then one virtual tie against a reference of strength 1 was added per entry
 *                       and theta is relative to that reference, otherwise theta is centred to mean 0
 * @param bias           measured left/right position bias over all votes
 */
public record Leaderboard(Grouping grouping, List<LeaderboardEntry> entries, int votes, int ties, int bothBad,
                          int sameEntryVotes, boolean regularised, PositionBias bias) {
    public Leaderboard {
        entries = List.copyOf(entries);
    }

    /** How the intervals were obtained, for captions and exports. */
    public static final String INTERVAL_METHOD =
            "95% Wald intervals from the observed Fisher information of the Bradley–Terry log-strengths";

    public static Leaderboard of(List<Vote> votes, Grouping grouping) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Vote vote : votes) {
            index.putIfAbsent(grouping.keyOf(vote.left()), index.size());
            index.putIfAbsent(grouping.keyOf(vote.right()), index.size());
        }
        int n = index.size();
        int[] wins = new int[n];
        int[] losses = new int[n];
        int[] ties = new int[n];
        int[] bothBad = new int[n];
        double[][] winMatrix = new double[n][n];
        double[][] games = new double[n][n];
        int tieCount = 0;
        int bothBadCount = 0;
        int sameEntry = 0;
        for (Vote vote : votes) {
            int a = index.get(grouping.keyOf(vote.left()));
            int b = index.get(grouping.keyOf(vote.right()));
            if (vote.choice() == Choice.TIE) {
                tieCount++;
            } else if (vote.choice() == Choice.BOTH_BAD) {
                bothBadCount++;
            }
            if (a == b) {
                sameEntry++;
                continue;
            }
            switch (vote.choice()) {
                case A -> decisive(a, b, winMatrix, games, wins, losses);
                case B -> decisive(b, a, winMatrix, games, wins, losses);
                case TIE -> {
                    winMatrix[a][b] += 0.5;
                    winMatrix[b][a] += 0.5;
                    games[a][b]++;
                    games[b][a]++;
                    ties[a]++;
                    ties[b]++;
                }
                case BOTH_BAD -> {
                    bothBad[a]++;
                    bothBad[b]++;
                }
            }
        }
        List<String> keys = new ArrayList<>(index.keySet());
        List<Integer> fitted = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (wins[i] + losses[i] + ties[i] > 0) {
                fitted.add(i);
            }
        }
        BradleyTerryFit fit = BradleyTerry.fit(select(winMatrix, fitted), select(games, fitted));
        Map<Integer, Integer> fitPosition = new HashMap<>();
        for (int k = 0; k < fitted.size(); k++) {
            fitPosition.put(fitted.get(k), k);
        }
        List<LeaderboardEntry> unranked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Integer k = fitPosition.get(i);
            double theta = k == null ? Double.NaN : fit.theta()[k];
            double lower = k == null ? Double.NaN : fit.lower(k);
            double upper = k == null ? Double.NaN : fit.upper(k);
            unranked.add(new LeaderboardEntry(0, keys.get(i), theta, lower, upper, wins[i], losses[i], ties[i],
                    bothBad[i]));
        }
        unranked.sort(Comparator.comparing(LeaderboardEntry::estimated).reversed()
                .thenComparing(Comparator.comparingDouble(LeaderboardEntry::theta).reversed())
                .thenComparing(LeaderboardEntry::key));
        List<LeaderboardEntry> ranked = new ArrayList<>();
        for (LeaderboardEntry e : unranked) {
            ranked.add(new LeaderboardEntry(ranked.size() + 1, e.key(), e.theta(), e.lower(), e.upper(), e.wins(),
                    e.losses(), e.ties(), e.bothBad()));
        }
        return new Leaderboard(grouping, ranked, votes.size(), tieCount, bothBadCount, sameEntry, fit.regularised(),
                positionBias(votes));
    }

    /** Share of decisive votes for the left side, and how often a swapped re-show picked the same source. */
    static PositionBias positionBias(List<Vote> votes) {
        int left = 0;
        int decisive = 0;
        Map<String, Vote> firstShowing = new HashMap<>();
        Map<String, Vote> swappedShowing = new HashMap<>();
        for (Vote vote : votes) {
            if (vote.choice().decisive()) {
                decisive++;
                if (vote.choice() == Choice.A) {
                    left++;
                }
                String pair = vote.sessionId() + "\u0000" + vote.pairKey();
                (vote.swapped() ? swappedShowing : firstShowing).put(pair, vote);
            }
        }
        int pairs = 0;
        int consistent = 0;
        for (Map.Entry<String, Vote> swapped : swappedShowing.entrySet()) {
            Vote first = firstShowing.get(swapped.getKey());
            if (first != null) {
                pairs++;
                if (first.winner().orElseThrow().runId().equals(swapped.getValue().winner().orElseThrow().runId())) {
                    consistent++;
                }
            }
        }
        return PositionBias.of(left, decisive, pairs, consistent);
    }

    private static void decisive(int winner, int loser, double[][] winMatrix, double[][] games, int[] wins,
                                 int[] losses) {
        winMatrix[winner][loser]++;
        games[winner][loser]++;
        games[loser][winner]++;
        wins[winner]++;
        losses[loser]++;
    }

    private static double[][] select(double[][] matrix, List<Integer> rows) {
        double[][] selected = new double[rows.size()][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < rows.size(); j++) {
                selected[i][j] = matrix[rows.get(i)][rows.get(j)];
            }
        }
        return selected;
    }
}
