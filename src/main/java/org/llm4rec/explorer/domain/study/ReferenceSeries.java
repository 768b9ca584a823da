package org.llm4rec.explorer.domain.study;

import java.util.List;

/**
 * Published figures drawn beside ours, dashed, for reference: other model, other sample, so never a target.
 *
 * @param label  where they come from ("LLMRank, ChatGPT, ML-1M, read from Fig. 1a")
 * @param points the values on the study's x axis, in the study's units (0–1 for accuracy)
 */
public record ReferenceSeries(String label, List<Point> points) {
    public ReferenceSeries {
        points = List.copyOf(points);
    }

    /** One published value at an x of the study. */
    public record Point(String xLabel, double x, double value) {
    }

    /** The published value at this x label, or null. */
    public Double at(String xLabel) {
        return points.stream().filter(p -> p.xLabel().equals(xLabel)).map(Point::value).findFirst().orElse(null);
    }
}
