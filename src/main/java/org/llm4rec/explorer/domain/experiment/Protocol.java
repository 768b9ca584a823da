package org.llm4rec.explorer.domain.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * How each sampled user is split and what the model ranks: leave-last-one-out (heldOut = 1) or leave-last-k by
 * interaction order (the dataset's time order; ties keep the dataset's file order), candidates either
 * "M with the target included" or open generation, and the history cut to its last K items.
 *
 * <p>The split is the only place held-out items are chosen, and it never puts them in the history; candidates
 * hold them only in {@link CandidateMode#TARGET_PLUS_RANDOM}, which says so in every description.
 *
 * @param heldOut        how many of the last interactions are held out as targets (k ≥ 1; 1 = leave-last-one-out)
 * @param candidateMode  what the model ranks or recommends from
 * @param candidateCount M, the size of the candidate set including the targets (ignored for open generation)
 * @param historyLimit   K, prompts show at most the last K items of the history
 * @param seed           seed of the candidate draws (each user's draw is seeded from it and the user id)
 */
public record Protocol(int heldOut, CandidateMode candidateMode, int candidateCount, int historyLimit, long seed) {
    public static final int DEFAULT_CANDIDATES = 20;
    public static final int DEFAULT_HISTORY_LIMIT = 50;
    public static final int MAX_CANDIDATES = 100;

    public Protocol {
        Objects.requireNonNull(candidateMode, "candidateMode");
        if (heldOut < 1 || heldOut > 10) {
            throw new IllegalArgumentException("Hold out 1 to 10 of the last interactions, not " + heldOut + ".");
        }
        if (candidateMode == CandidateMode.TARGET_PLUS_RANDOM
                && (candidateCount <= heldOut || candidateCount > MAX_CANDIDATES)) {
            throw new IllegalArgumentException("The candidate set (M) must hold more than the " + heldOut
                    + " held-out item(s) and at most " + MAX_CANDIDATES + ", not " + candidateCount + ".");
        }
        if (historyLimit < 1) {
            throw new IllegalArgumentException("The history cut (K) must keep at least 1 item, not " + historyLimit
                    + ".");
        }
    }

    /** LLMRank's setting: leave-last-one-out, 20 candidates with the target included, the last 50 items. */
    public static Protocol leaveLastOneOut() {
        return new Protocol(1, CandidateMode.TARGET_PLUS_RANDOM, DEFAULT_CANDIDATES, DEFAULT_HISTORY_LIMIT, 42);
    }

    /** "Leave-last-one-out" or "Leave-last-3-out". */
    public String splitName() {
        return heldOut == 1 ? "Leave-last-one-out" : "Leave-last-" + heldOut + "-out";
    }

    /** A short label for tables and chart titles, naming the candidate mode. */
    public String label() {
        return splitName() + " · " + (candidateMode == CandidateMode.TARGET_PLUS_RANDOM
                ? candidateMode.label().replace("M ", "M=" + candidateCount + " ") : candidateMode.label())
                + " · last " + historyLimit + " items";
    }

    /** The protocol in full sentences, shown with results and written into every export. */
    public String describe() {
        String split = splitName() + ": each user's last " + (heldOut == 1 ? "interaction" : heldOut + " interactions")
                + " (by time; equal times keep the dataset's order) " + (heldOut == 1 ? "is" : "are")
                + " held out as the target" + (heldOut == 1 ? "" : "s") + "; the history is everything before, cut"
                + " to its last " + historyLimit + " items.";
        String candidates = candidateMode == CandidateMode.TARGET_PLUS_RANDOM
                ? " Candidates: " + candidateMode.label() + " — M=" + candidateCount + " items, the held-out target"
                        + (heldOut == 1 ? "" : "s") + " plus " + (candidateCount - heldOut) + " random items the user"
                        + " never interacted with, shuffled (seed " + seed + "). Placing the target among the"
                        + " candidates makes the task much easier than open generation."
                : " Candidates: none (" + candidateMode.label() + "); recommended titles are grounded"
                        + " to catalogue items and compared with the target" + (heldOut == 1 ? "" : "s") + ".";
        return split + candidates + " Users whose history cannot be split so are excluded and counted.";
    }

    /** What a recommender may learn from a user: the interactions before the held-out ones. */
    public List<String> trainingPart(List<String> interactions) {
        return interactions.subList(0, Math.max(0, interactions.size() - heldOut));
    }

    /**
     * Splits one user's interactions.
     *
     * @param userId       the user
     * @param interactions the user's item ids, oldest first
     * @param catalogue    every item id of the catalogue (candidates are drawn from it)
     */
    public SplitOutcome split(String userId, List<String> interactions, CatalogueIds catalogue) {
        if (interactions.size() < heldOut + 1) {
            return new Exclusion(userId, ExclusionReason.TOO_FEW_INTERACTIONS);
        }
        int cut = interactions.size() - heldOut;
        List<String> targets = List.copyOf(new LinkedHashSet<>(interactions.subList(cut, interactions.size())));
        for (String target : targets) {
            if (!catalogue.contains(target)) {
                return new Exclusion(userId, ExclusionReason.TARGET_NOT_IN_CATALOGUE);
            }
        }
        List<String> before = new ArrayList<>();
        for (String id : interactions.subList(0, cut)) {
            // A re-watched target would otherwise show in the history: it is left out of it.
            if (!targets.contains(id)) {
                before.add(id);
            }
        }
        if (before.isEmpty()) {
            return new Exclusion(userId, ExclusionReason.TOO_FEW_INTERACTIONS);
        }
        List<String> history = before.subList(Math.max(0, before.size() - historyLimit), before.size());
        List<String> candidates = List.of();
        if (candidateMode == CandidateMode.TARGET_PLUS_RANDOM) {
            candidates = draw(userId, targets, new HashSet<>(interactions), catalogue);
            if (candidates == null) {
                return new Exclusion(userId, ExclusionReason.TOO_FEW_CANDIDATES);
            }
        }
        return new UserSplit(userId, history, targets, interactions.size(), candidates);
    }

    /** The targets plus random unseen items, shuffled; null when the catalogue cannot fill the set. */
    private List<String> draw(String userId, List<String> targets, Set<String> seen, CatalogueIds catalogue) {
        Random random = new Random(seed * 31 + userId.hashCode());
        List<String> picked = new ArrayList<>(targets);
        Set<String> taken = new HashSet<>(seen);
        int unseen = catalogue.size() - (int) seen.stream().filter(catalogue::contains).count();
        if (unseen < candidateCount - targets.size()) {
            return null;
        }
        // Rejection sampling: the candidate set is tiny next to the catalogue, so few draws are wasted.
        while (picked.size() < candidateCount) {
            String id = catalogue.get(random.nextInt(catalogue.size()));
            if (taken.add(id)) {
                picked.add(id);
            }
        }
        Collections.shuffle(picked, random);
        return List.copyOf(picked);
    }
}
