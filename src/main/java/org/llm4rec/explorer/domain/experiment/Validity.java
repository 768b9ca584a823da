package org.llm4rec.explorer.domain.experiment;

/**
 * What was wrong with the items of one list, counted per item as the single-run view flags them.
 *
 * @param listed          items the answer named (before dropping invalid ones)
 * @param outOfCatalogue  items that matched no catalogue item (hallucinations)
 * @param duplicates      items naming an item already named higher up
 * @param alreadySeen     items from the user's known history, shown in the prompt or older than its cut
 * @param notInCandidates grounded items that were not among the candidates (0 for open generation)
 * @param explained       items with an explanation
 * @param citesAbsentHistory explanations naming an item, creator or genre as the user's that the history lacks
 */
public record Validity(int listed, int outOfCatalogue, int duplicates, int alreadySeen, int notInCandidates,
                       int explained, int citesAbsentHistory) {
    public static final Validity NONE = new Validity(0, 0, 0, 0, 0);

    /** A list without explanations, as baselines produce. */
    public Validity(int listed, int outOfCatalogue, int duplicates, int alreadySeen, int notInCandidates) {
        this(listed, outOfCatalogue, duplicates, alreadySeen, notInCandidates, 0, 0);
    }
}
