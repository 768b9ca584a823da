package org.llm4rec.explorer.domain.experiment;

/**
 * Validity of one configuration's answers. Item rates are over all listed items; the parse-failure and failure
 * rates are over users.
 *
 * @param parseFailure    share of users whose answer could not be read as a list
 * @param failed          share of users whose request failed at the server
 * @param outOfCatalogue  share of listed items matching no catalogue item (hallucinations)
 * @param duplicate       share of listed items repeating an earlier one
 * @param alreadySeen     share of listed items from the user's known history (not only the part the prompt showed)
 * @param notInCandidates share of listed items not among the candidates
 * @param citesAbsentHistory share of explanations citing an item, creator or genre the user's history lacks
 */
public record ValidityRates(double parseFailure, double failed, double outOfCatalogue, double duplicate,
                            double alreadySeen, double notInCandidates, double citesAbsentHistory) {
}
