package org.llm4rec.explorer.domain.experiment;

/** What the protocol made of one user: a split to score, or an exclusion with its reason. */
public sealed interface SplitOutcome permits UserSplit, Exclusion {

    String userId();
}
