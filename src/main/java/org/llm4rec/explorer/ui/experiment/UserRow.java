package org.llm4rec.explorer.ui.experiment;

/**
 * One user's result for one configuration, a row of the per-user table.
 *
 * @param userId        the dataset's user id
 * @param configuration the configuration as shown
 * @param baseline      true for a baseline
 * @param repeat        repetition, from 1
 * @param interactions  the user's interactions in the dataset
 * @param outcome       how the run ended
 * @param ndcg10        NDCG@10
 * @param targetRank    where the first held-out item was ranked (from 1), 0 when it was not
 * @param note          a failure or parse note, may be empty
 */
public record UserRow(String userId, String configuration, boolean baseline, int repeat, int interactions,
                      String outcome, double ndcg10, int targetRank, String note) {
}
