package org.llm4rec.explorer.domain.candidates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.parse.AnswerJson;

/**
 * Aggregates rankings of the same candidates shown in different orders (LLMRank's bootstrapping against position
 * bias). In each ranking of M candidates the item at rank r scores M - r + 1 and an unranked candidate scores 0;
 * items are ordered by their total score.
 */
public final class BordaCount {

    /**
     * One candidate's standing over all rankings.
     *
     * @param itemId the candidate
     * @param score  the summed Borda score
     * @param ranks  its rank in each ranking, from 1, or 0 where that ranking left it out
     */
    public record Standing(String itemId, int score, List<Integer> ranks) {
        public Standing {
            ranks = List.copyOf(ranks);
        }

        /** How far its rank moved between orders: highest minus lowest rank among the rankings that placed it. */
        public int spread() {
            var placed = ranks.stream().filter(r -> r > 0).mapToInt(Integer::intValue).summaryStatistics();
            return placed.getCount() == 0 ? 0 : placed.getMax() - placed.getMin();
        }
    }

    private BordaCount() {
    }

    /**
     * @param candidateIds every candidate, in any order; rankings may only name these (others are ignored)
     * @param rankings     each ranking as item ids, best first; a repeated id counts at its first rank
     */
    public static List<Standing> aggregate(List<String> candidateIds, List<List<String>> rankings) {
        int m = candidateIds.size();
        Map<String, int[]> ranks = new LinkedHashMap<>();
        candidateIds.forEach(id -> ranks.put(id, new int[rankings.size()]));
        for (int b = 0; b < rankings.size(); b++) {
            int rank = 0;
            for (String id : rankings.get(b)) {
                int[] slot = ranks.get(id);
                if (slot != null && slot[b] == 0) {
                    slot[b] = ++rank;
                }
            }
        }
        List<Standing> standings = new ArrayList<>();
        ranks.forEach((id, r) -> {
            int score = 0;
            List<Integer> list = new ArrayList<>();
            for (int rank : r) {
                score += rank == 0 ? 0 : m - rank + 1;
                list.add(rank);
            }
            standings.add(new Standing(id, score, list));
        });
        standings.sort(Comparator.comparingInt(Standing::score).reversed());
        return List.copyOf(standings);
    }

    /** The aggregate as an answer the parser reads: candidates by score, each with its rank in every order. */
    public static String asAnswer(CandidateSet candidates, List<Standing> standings) {
        Map<String, Item> byId = new HashMap<>();
        candidates.items().forEach(i -> byId.put(i.id(), i));
        AnswerJson answer = new AnswerJson();
        for (Standing s : standings) {
            if (s.score() > 0) {
                answer.add(byId.get(s.itemId()), "Borda score " + s.score() + "; rank in each order: "
                        + s.ranks().stream().map(r -> r == 0 ? "–" : Integer.toString(r))
                        .collect(Collectors.joining(", "))
                        + (s.ranks().size() > 1 ? " (moves by " + s.spread() + ")" : "") + ".");
            }
        }
        return answer.text();
    }
}
