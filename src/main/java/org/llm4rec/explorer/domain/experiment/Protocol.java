package org.llm4rec.explorer.domain.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.llm4rec.explorer.domain.candidates.CandidateGenerator;

/**
 * How each sampled user is split and what the model ranks: leave-last-one-out (heldOut = 1) or leave-last-k by
 * interaction order (the dataset's time order; ties keep the dataset's file order), candidates either
 * "M with the target included", NIR's user filtering or open generation, and the history the prompt shows cut to
 * its last K items. Everything before the targets is the user's known history: an item in it counts as already
 * seen wherever it is, whatever K is.
 *
 * <p>The split is the only place held-out items are chosen, and it never puts them in the history; candidates
 * hold them on purpose only in {@link CandidateMode#TARGET_PLUS_RANDOM}, which says so in every description.
 *
 * @param heldOut        how many of the last interactions are held out as targets (k ≥ 1; 1 = leave-last-one-out)
 * @param candidateMode  what the model ranks or recommends from
 * @param candidateCount M, the size of the candidate set (targets included when planted; ignored for open
 *                       generation)
 * @param historyLimit   K, prompts show at most the last K items of the history
 * @param seed           seed of the candidate draws (each user's draw is seeded from it and the user id)
 * @param targetInCandidatesOnly with user filtering, score only users whose candidates hold a target (NIR's
 *                       published choice) and count the others as excluded; false scores every user
 * @param historyOrder   what the prompt's history shows: the real last K items, them shuffled, or a fake history
 * @param targetPosition where the target stands among the candidates, 1 to M; 0 leaves it where the shuffle
 *                       put it (only with one planted target)
 */
public record Protocol(int heldOut, CandidateMode candidateMode, int candidateCount, int historyLimit, long seed,
                       boolean targetInCandidatesOnly, HistoryOrder historyOrder, int targetPosition) {
    public static final int DEFAULT_CANDIDATES = 20;
    public static final int DEFAULT_HISTORY_LIMIT = 50;
    public static final int MAX_CANDIDATES = 100;

    public Protocol {
        Objects.requireNonNull(candidateMode, "candidateMode");
        Objects.requireNonNull(historyOrder, "historyOrder");
        if (heldOut < 1 || heldOut > 10) {
            throw new IllegalArgumentException("Hold out 1 to 10 of the last interactions, not " + heldOut + ".");
        }
        if (candidateMode == CandidateMode.TARGET_PLUS_RANDOM
                && (candidateCount <= heldOut || candidateCount > MAX_CANDIDATES)) {
            throw new IllegalArgumentException("The candidate set (M) must hold more than the " + heldOut
                    + " held-out item(s) and at most " + MAX_CANDIDATES + ", not " + candidateCount + ".");
        }
        if (candidateMode == CandidateMode.USER_FILTERING && (candidateCount < 1 || candidateCount > MAX_CANDIDATES)) {
            throw new IllegalArgumentException("The candidate set (M) holds 1 to " + MAX_CANDIDATES + " items, not "
                    + candidateCount + ".");
        }
        if (historyLimit < 1) {
            throw new IllegalArgumentException("The history cut (K) must keep at least 1 item, not " + historyLimit
                    + ".");
        }
        if (targetInCandidatesOnly && candidateMode != CandidateMode.USER_FILTERING) {
            throw new IllegalArgumentException("Scoring only users whose candidates hold the target is a choice for"
                    + " user-filtering candidates (NIR); with \"" + candidateMode.label() + "\" leave it off.");
        }
        if (targetPosition != 0 && (candidateMode != CandidateMode.TARGET_PLUS_RANDOM || heldOut != 1)) {
            throw new IllegalArgumentException("A fixed target position needs one held-out target planted among"
                    + " the candidates (\"" + CandidateMode.TARGET_PLUS_RANDOM.label() + "\", hold out 1).");
        }
        if (targetPosition < 0 || targetPosition > candidateCount) {
            throw new IllegalArgumentException("The target position must be 1 to M=" + candidateCount
                    + " (0: wherever the shuffle puts it), not " + targetPosition + ".");
        }
    }

    /** The history in its real order, the target wherever the shuffle puts it. */
    public Protocol(int heldOut, CandidateMode candidateMode, int candidateCount, int historyLimit, long seed,
                    boolean targetInCandidatesOnly) {
        this(heldOut, candidateMode, candidateCount, historyLimit, seed, targetInCandidatesOnly, HistoryOrder.REAL,
                0);
    }

    /** Every user scored. */
    public Protocol(int heldOut, CandidateMode candidateMode, int candidateCount, int historyLimit, long seed) {
        this(heldOut, candidateMode, candidateCount, historyLimit, seed, false);
    }

    /** LLMRank's setting: leave-last-one-out, 20 candidates with the target included, the last 50 items. */
    public static Protocol leaveLastOneOut() {
        return new Protocol(1, CandidateMode.TARGET_PLUS_RANDOM, DEFAULT_CANDIDATES, DEFAULT_HISTORY_LIMIT, 42);
    }

    /** The same protocol showing the last {@code k} items of the history. */
    public Protocol withHistoryLimit(int k) {
        return new Protocol(heldOut, candidateMode, candidateCount, k, seed, targetInCandidatesOnly, historyOrder,
                targetPosition);
    }

    /** The same protocol with M = {@code m} candidates. */
    public Protocol withCandidateCount(int m) {
        return new Protocol(heldOut, candidateMode, m, historyLimit, seed, targetInCandidatesOnly, historyOrder,
                targetPosition);
    }

    public Protocol withHistoryOrder(HistoryOrder order) {
        return new Protocol(heldOut, candidateMode, candidateCount, historyLimit, seed, targetInCandidatesOnly, order,
                targetPosition);
    }

    /** The same protocol with the target always at {@code position} (1 to M) among the candidates. */
    public Protocol withTargetPosition(int position) {
        return new Protocol(heldOut, candidateMode, candidateCount, historyLimit, seed, targetInCandidatesOnly,
                historyOrder, position);
    }

    /** "Leave-last-one-out" or "Leave-last-3-out". */
    public String splitName() {
        return heldOut == 1 ? "Leave-last-one-out" : "Leave-last-" + heldOut + "-out";
    }

    /** A short label for tables and chart titles, naming the candidate mode. */
    public String label() {
        String candidates = switch (candidateMode) {
            case TARGET_PLUS_RANDOM -> candidateMode.label().replace("M ", "M=" + candidateCount + " ");
            case USER_FILTERING -> candidateMode.label() + ", M=" + candidateCount
                    + (targetInCandidatesOnly ? ", only users whose candidates hold the target" : "");
            case OPEN_CATALOGUE -> candidateMode.label();
        };
        return splitName() + " · " + candidates + " · last " + historyLimit + " items"
                + (historyOrder == HistoryOrder.REAL ? "" : " · " + historyOrder.label().toLowerCase(Locale.ROOT))
                + (targetPosition == 0 ? "" : " · target at position " + targetPosition);
    }

    /** The protocol in full sentences, shown with results and written into every export. */
    public String describe() {
        String targetWord = heldOut == 1 ? "target" : "targets";
        String split = splitName() + ": each user's last " + (heldOut == 1 ? "interaction" : heldOut + " interactions")
                + " (by time; equal times keep the dataset's order) " + (heldOut == 1 ? "is" : "are")
                + " held out as the " + targetWord + "; the history is everything before, and prompts show its"
                + " last " + historyLimit + " items.";
        String candidates = switch (candidateMode) {
            case TARGET_PLUS_RANDOM -> " Candidates: " + candidateMode.label() + " — M=" + candidateCount
                    + " items, the held-out " + targetWord + " plus " + (candidateCount - heldOut) + " random items"
                    + " the user never interacted with, shuffled (seed " + seed + "). Placing the target among the"
                    + " candidates makes the task much easier than open generation.";
            case USER_FILTERING -> " Candidates: " + candidateMode.label() + " — up to M=" + candidateCount
                    + " items, those held by most of the " + CandidateGenerator.NIR_NEIGHBOURS
                    + " users whose histories"
                    + " are most like the user's (Jaccard), never items of the user's history, shuffled (seed "
                    + seed + "). The " + targetWord + " " + (heldOut == 1 ? "is" : "are") + " not planted: "
                    + (targetInCandidatesOnly ? "only users whose candidates hold a held-out item are scored, as"
                            + " NIR's published script did; the others are excluded and counted, and the figures"
                            + " are higher than over all users."
                            : "every user is scored, including those whose candidates miss the " + targetWord
                            + ".");
            case OPEN_CATALOGUE -> " Candidates: none (" + candidateMode.label() + "); recommended titles are"
                    + " grounded to catalogue items and compared with the " + targetWord + ".";
        };
        String seen = candidateMode.hasCandidates()
                ? " Candidates never hold an item of the user's history (all of it, not only the last "
                        + historyLimit + ")."
                : " Items the user already has (anywhere in the history, not only the last " + historyLimit
                        + " the prompt shows) are removed from every list before scoring, the models' and the"
                        + " baselines' alike; the models' are counted in the \"in history\" rate.";
        String variant = switch (historyOrder) {
            case REAL -> "";
            case SHUFFLED -> " The history's last " + historyLimit + " items are shown in a random order (seeded per"
                    + " user), not as they happened.";
            case FAKE -> " The prompt shows a fake history: " + historyLimit + " random items the user never"
                    + " interacted with and that are not among the candidates, in place of the real ones (which"
                    + " still count as seen).";
        };
        if (targetPosition != 0) {
            variant += " The target is always placed at position " + targetPosition + " of the " + candidateCount
                    + " candidates; the other candidates keep their shuffled order.";
        }
        return split + candidates + seen + variant
                + " Users whose history cannot be split so are excluded and counted.";
    }

    /** The seed of one user's candidate draw: the protocol's seed and the user id. */
    public long userSeed(String userId) {
        return seed * 31 + userId.hashCode();
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
        List<String> candidates = List.of();
        if (candidateMode == CandidateMode.TARGET_PLUS_RANDOM) {
            candidates = draw(userId, targets, new HashSet<>(interactions), catalogue);
            if (candidates == null) {
                return new Exclusion(userId, ExclusionReason.TOO_FEW_CANDIDATES);
            }
        }
        List<String> known = switch (historyOrder) {
            case REAL -> before;
            case SHUFFLED -> withShuffledTail(userId, before);
            case FAKE -> withFakeTail(userId, before, interactions, candidates, catalogue);
        };
        if (known == null) {
            return new Exclusion(userId, ExclusionReason.TOO_FEW_CANDIDATES);
        }
        List<String> history = known.subList(Math.max(0, known.size() - historyLimit), known.size());
        return new UserSplit(userId, known, history, targets, interactions.size(), candidates);
    }

    /** The known history with its last K items (what prompts show) in a seeded random order. */
    private List<String> withShuffledTail(String userId, List<String> before) {
        int cut = Math.max(0, before.size() - historyLimit);
        List<String> tail = new ArrayList<>(before.subList(cut, before.size()));
        // Seeded apart from the candidate draw, so that the candidates stay those of the real-order run.
        Collections.shuffle(tail, new Random(userSeed(userId) ^ 0x5EED_0D0EL));
        List<String> known = new ArrayList<>(before.subList(0, cut));
        known.addAll(tail);
        return known;
    }

    /**
     * The known history followed by as many fake items as prompts would show of the real one: random items the
     * user never touched and that are not candidates. The real items stay in front, so they still count as seen;
     * null when the catalogue is too small.
     */
    private List<String> withFakeTail(String userId, List<String> before, List<String> interactions,
                                      List<String> candidates, CatalogueIds catalogue) {
        int fakes = Math.min(historyLimit, before.size());
        Set<String> taken = new HashSet<>(interactions);
        taken.addAll(candidates);
        long free = catalogue.size() - taken.stream().filter(catalogue::contains).count();
        if (free < fakes) {
            return null;
        }
        Random random = new Random(userSeed(userId) ^ 0xFA_CEL);
        List<String> known = new ArrayList<>(before);
        while (known.size() < before.size() + fakes) {
            String id = catalogue.get(random.nextInt(catalogue.size()));
            if (taken.add(id)) {
                known.add(id);
            }
        }
        return known;
    }

    /** The targets plus random unseen items, shuffled; null when the catalogue cannot fill the set. */
    private List<String> draw(String userId, List<String> targets, Set<String> seen, CatalogueIds catalogue) {
        Random random = new Random(userSeed(userId));
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
        if (targetPosition != 0) {
            // The target moves to the wanted place; the others keep the shuffled order around it.
            String target = targets.get(0);
            picked.remove(target);
            picked.add(targetPosition - 1, target);
        }
        return List.copyOf(picked);
    }
}
