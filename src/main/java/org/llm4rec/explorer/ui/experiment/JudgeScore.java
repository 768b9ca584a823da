package org.llm4rec.explorer.ui.experiment;

import org.llm4rec.explorer.domain.experiment.ExplanationQuality;
import org.llm4rec.explorer.domain.judge.JudgeCriterion;

/**
 * A judge score to chart: one criterion (or the overall mean) of one model judge.
 *
 * @param judge     the judge's scores of the experiment
 * @param criterion the criterion, or {@link ExplanationQuality#OVERALL}
 */
record JudgeScore(ExplanationQuality judge, JudgeCriterion criterion) {

    /** The same judge and criterion, whatever scores it holds now. */
    boolean sameAs(JudgeScore other) {
        return other != null && judge.judgeId().equals(other.judge.judgeId())
                && criterion.key().equals(other.criterion.key());
    }

    @Override
    public String toString() {
        return judge.label(criterion);
    }
}
