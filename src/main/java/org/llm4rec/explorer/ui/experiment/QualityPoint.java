package org.llm4rec.explorer.ui.experiment;

import org.llm4rec.explorer.domain.experiment.Estimate;

/**
 * One configuration in the chart of ranking quality against explanation quality.
 *
 * @param label   the configuration
 * @param ranking the ranking metric's mean over users, with its 95% interval
 * @param judged  the model judge's mean score, with its 95% interval
 */
public record QualityPoint(String label, Estimate ranking, Estimate judged) {
}
