package org.llm4rec.explorer.app.judge;

/**
 * What a judge run would do, known before it starts.
 *
 * @param toJudge      explanations the judge has not scored yet: one model call each
 * @param judgedBefore explanations it scored in an earlier run, not asked again
 */
public record JudgePlan(int toJudge, int judgedBefore) {
}
