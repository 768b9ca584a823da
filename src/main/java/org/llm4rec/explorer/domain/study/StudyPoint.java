package org.llm4rec.explorer.domain.study;

/**
 * One point of a study's curves: which experiment definition and configuration of it give the point, and what
 * it measures.
 *
 * @param series             the curve it belongs to ("Ranked once", a model's name)
 * @param xLabel             the x value as shown ("Shuffled", "K=20", "0.7")
 * @param x                  its position on the x axis (the value, or its index for categories)
 * @param definitionIndex    which of the study's definitions runs it
 * @param configurationIndex which configuration of that definition
 * @param measure            what is averaged over users
 * @param panel              the small chart it is drawn in ("candidates=10" in a sweep of two parameters); empty
 *                           when the study draws one chart
 */
public record StudyPoint(String series, String xLabel, double x, int definitionIndex, int configurationIndex,
                         Measure measure, String panel) {
    /** A point of a study that draws one chart. */
    public StudyPoint(String series, String xLabel, double x, int definitionIndex, int configurationIndex,
                      Measure measure) {
        this(series, xLabel, x, definitionIndex, configurationIndex, measure, "");
    }
}
