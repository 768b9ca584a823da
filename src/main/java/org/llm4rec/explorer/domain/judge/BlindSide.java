package org.llm4rec.explorer.domain.judge;

import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.run.RunRecord;

/**
 * One side of a blind pair.
 *
 * @param source         where it came from, hidden until the session ends
 * @param run            the run
 * @param recommendation the explained item for an explanation pair, null for a list pair
 */
public record BlindSide(VoteSource source, RunRecord run, Recommendation recommendation) {
}
