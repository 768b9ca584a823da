package org.llm4rec.explorer.domain.judge;

/**
 * An explanation the judge and people scored far apart.
 *
 * @param runId       the run
 * @param rank        the explanation's rank in its list
 * @param itemTitle   the item
 * @param gap         mean over criteria of |judge's score − people's mean score|
 * @param judgeMean   the judge's mean score over those criteria
 * @param peopleMean  people's mean score over those criteria
 * @param judgeReason what the judge said
 */
public record Disagreement(String runId, int rank, String itemTitle, double gap, double judgeMean,
                           double peopleMean, String judgeReason) {
}
