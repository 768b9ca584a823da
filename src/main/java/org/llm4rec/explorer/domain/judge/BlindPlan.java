package org.llm4rec.explorer.domain.judge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.run.RunStatus;
import org.llm4rec.explorer.domain.grounding.TitleNormaliser;

/**
 * Builds the pairs of a blind A/B session from runs: only runs of the same profile are compared, and only runs
 * of different configurations (strategy and model), since a configuration compared with itself ranks nothing.
 * Sides and order are randomised from the seed, so a session can be rebuilt exactly.
 *
 * @param explanations    include pairs of explanations of the same item
 * @param lists           include pairs of whole lists
 * @param swapShare       share of pairs, 0 to 1, shown a second time later with the sides exchanged
 * @param seed            seed of the randomisation
 * @param maxPairs        at most this many pairs before the swapped re-shows
 */
public record BlindPlan(boolean explanations, boolean lists, double swapShare, long seed, int maxPairs) {
    public BlindPlan {
        if (swapShare < 0 || swapShare > 1) {
            throw new IllegalArgumentException("The share of swapped re-shows must be 0 to 1, was " + swapShare);
        }
    }

    /**
     * @param runs  candidate runs; failed runs, runs without a list and repeated ids are left out
     * @param label names a run's source once revealed
     */
    public List<BlindPair> pairs(List<RunRecord> runs, Function<RunRecord, String> label) {
        Map<String, RunRecord> byId = new LinkedHashMap<>();
        for (RunRecord run : runs) {
            if (run.status() == RunStatus.COMPLETED && !run.recommendations().isEmpty()) {
                byId.putIfAbsent(run.id(), run);
            }
        }
        List<RunRecord> usable = new ArrayList<>(byId.values());
        usable.sort(Comparator.comparing(RunRecord::id));
        List<BlindPair> pairs = new ArrayList<>();
        for (int i = 0; i < usable.size(); i++) {
            for (int j = i + 1; j < usable.size(); j++) {
                RunRecord a = usable.get(i);
                RunRecord b = usable.get(j);
                if (comparable(a, b)) {
                    addPairs(a, b, label, pairs);
                }
            }
        }
        Random random = new Random(seed);
        Collections.shuffle(pairs, random);
        List<BlindPair> session = new ArrayList<>();
        for (BlindPair pair : pairs.subList(0, Math.min(maxPairs, pairs.size()))) {
            session.add(random.nextBoolean() ? pair.mirrored() : pair);
        }
        int reShows = (int) Math.round(swapShare * session.size());
        List<BlindPair> chosen = new ArrayList<>(session);
        Collections.shuffle(chosen, random);
        for (BlindPair original : chosen.subList(0, reShows)) {
            // Later than the original, and never straight after it, when there is room.
            int after = session.indexOf(original) + 1;
            int earliest = Math.min(after + 1, session.size());
            session.add(earliest + random.nextInt(session.size() - earliest + 1), original.swappedCopy());
        }
        return session;
    }

    private static boolean comparable(RunRecord a, RunRecord b) {
        return a.profileId() != null && a.profileId().equals(b.profileId())
                && !(a.strategyId().equals(b.strategyId()) && a.model().equals(b.model()));
    }

    private void addPairs(RunRecord a, RunRecord b, Function<RunRecord, String> label, List<BlindPair> pairs) {
        BlindSide listA = new BlindSide(source(a, label), a, null);
        BlindSide listB = new BlindSide(source(b, label), b, null);
        if (lists) {
            pairs.add(new BlindPair("list|" + a.id() + "|" + b.id(), PairKind.LIST, a.profileId(), null, "",
                    listA, listB, false));
        }
        if (!explanations) {
            return;
        }
        for (Recommendation left : a.recommendations()) {
            findSameItem(b, left).ifPresent(right -> pairs.add(new BlindPair(
                    "item|" + a.id() + "|" + b.id() + "|" + itemKey(left), PairKind.EXPLANATION, a.profileId(),
                    left.grounding().grounded() ? left.grounding().item().id() : null, title(left),
                    new BlindSide(listA.source(), a, left), new BlindSide(listB.source(), b, right), false)));
        }
    }

    private static Optional<Recommendation> findSameItem(RunRecord run, Recommendation wanted) {
        if (wanted.explanation().isBlank()) {
            return Optional.empty();
        }
        String key = itemKey(wanted);
        return run.recommendations().stream()
                .filter(r -> !r.explanation().isBlank() && itemKey(r).equals(key))
                .findFirst();
    }

    /** The catalogue id when grounded, so that differently written titles of one book still pair up. */
    private static String itemKey(Recommendation r) {
        return r.grounding().grounded() ? "id:" + r.grounding().item().id()
                : "title:" + TitleNormaliser.normalise(r.title());
    }

    private static String title(Recommendation r) {
        return r.grounding().grounded() ? r.grounding().item().title() : r.title();
    }

    private static VoteSource source(RunRecord run, Function<RunRecord, String> label) {
        return new VoteSource(run.id(), run.strategyId(), run.model(), label.apply(run));
    }
}
