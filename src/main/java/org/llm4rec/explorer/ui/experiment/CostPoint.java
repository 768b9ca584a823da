package org.llm4rec.explorer.ui.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One configuration in the quality-against-cost chart.
 *
 * @param label    the configuration
 * @param cost     what one user costs (tokens or seconds)
 * @param quality  the quality it reaches (NDCG@10)
 * @param baseline true for a baseline
 */
public record CostPoint(String label, double cost, double quality, boolean baseline) {

    /**
     * The points no other point beats on both cost and quality, cheapest first: what to choose from when
     * trading quality for cost. Points with an unknown cost or quality are left out.
     */
    public static List<CostPoint> paretoFront(List<CostPoint> points) {
        List<CostPoint> sorted = new ArrayList<>(points.stream()
                .filter(p -> Double.isFinite(p.cost()) && Double.isFinite(p.quality())).toList());
        sorted.sort(Comparator.comparingDouble(CostPoint::cost)
                .thenComparing(Comparator.comparingDouble(CostPoint::quality).reversed()));
        List<CostPoint> front = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        for (CostPoint p : sorted) {
            if (p.quality() > best) {
                front.add(p);
                best = p.quality();
            }
        }
        return front;
    }
}
