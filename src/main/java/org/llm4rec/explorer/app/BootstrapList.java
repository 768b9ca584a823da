package org.llm4rec.explorer.app;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.candidates.BordaCount;
import org.llm4rec.explorer.domain.candidates.CandidateSet;

/** Writes a Borda aggregate as a list the parser reads, each item with its ranks in every order. */
final class BootstrapList {
    private BootstrapList() {
    }

    static String write(CandidateSet candidates, List<BordaCount.Standing> standings) {
        Map<String, Item> byId = candidates.items().stream().collect(Collectors.toMap(Item::id, Function.identity()));
        StringBuilder list = new StringBuilder();
        int rank = 1;
        for (BordaCount.Standing s : standings) {
            if (s.score() == 0) {
                continue;
            }
            list.append(rank++).append(". ").append(byId.get(s.itemId()).label()).append("\n   Borda score ")
                    .append(s.score()).append("; rank in each order: ")
                    .append(s.ranks().stream().map(r -> r == 0 ? "–" : Integer.toString(r))
                            .collect(Collectors.joining(", ")))
                    .append(s.ranks().size() > 1 ? " (moves by " + s.spread() + ")" : "").append(".\n");
        }
        return list.toString();
    }
}
