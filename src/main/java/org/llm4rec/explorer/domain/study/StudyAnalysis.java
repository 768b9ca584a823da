package org.llm4rec.explorer.domain.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.llm4rec.explorer.domain.experiment.Bootstrap;
import org.llm4rec.explorer.domain.experiment.Estimate;
import org.llm4rec.explorer.domain.experiment.ExperimentReport;
import org.llm4rec.explorer.domain.experiment.PopularityTable;
import org.llm4rec.explorer.domain.experiment.UserResult;

/**
 * Turns the reports of a study's experiments into its curves and its finding. Every mean has a 95% bootstrap
 * interval over users; every comparison in the finding is paired (the same users at both points, the difference
 * resampled over users), so "a clear drop" means the difference's interval excludes zero.
 */
public final class StudyAnalysis {
    private StudyAnalysis() {
    }

    /**
     * @param reports    per definition of the study, its report; null for one not run yet (its points stay empty)
     * @param popularity the dataset's popularity table, for measures of popularity
     */
    public static StudyOutcome analyse(Study study, List<ExperimentReport> reports, PopularityTable popularity) {
        if (reports.size() != study.definitions().size()) {
            throw new IllegalArgumentException("A study of " + study.definitions().size() + " experiments needs as"
                    + " many reports, not " + reports.size() + ".");
        }
        long seed = study.definitions().get(0).protocol().seed();
        List<PointValues> values = new ArrayList<>();
        for (StudyPoint point : study.points()) {
            values.add(new PointValues(point, perUser(point, reports.get(point.definitionIndex()), popularity),
                    seed));
        }
        List<StudyOutcome.Curve> curves = new ArrayList<>();
        for (String panel : study.panels()) {
            for (String series : study.series()) {
                List<PointValues> own = values.stream().filter(v -> v.point().panel().equals(panel)
                        && v.point().series().equals(series)).toList();
                if (!own.isEmpty()) {
                    curves.add(new StudyOutcome.Curve(panel, series, own.get(0).point().measure().label(),
                            own.stream().map(v -> new StudyOutcome.CurvePoint(v.point().xLabel(), v.point().x(),
                                    v.estimate())).toList()));
                }
            }
        }
        return new StudyOutcome(study, curves, Findings.of(study, values, seed));
    }

    /** Each user's mean over their repeats, by user id (sorted, so that the bootstrap's draws repeat). */
    private static Map<String, Double> perUser(StudyPoint point, ExperimentReport report, PopularityTable popularity) {
        Map<String, double[]> sums = new TreeMap<>();
        if (report == null) {
            return Map.of();
        }
        String key = report.definition().configurations().get(point.configurationIndex()).key();
        for (UserResult r : report.results()) {
            if (!r.configurationKey().equals(key)) {
                continue;
            }
            Double value = point.measure().of(r, popularity);
            if (value != null) {
                double[] sum = sums.computeIfAbsent(r.userId(), id -> new double[2]);
                sum[0] += value;
                sum[1]++;
            }
        }
        Map<String, Double> means = new TreeMap<>();
        sums.forEach((user, sum) -> means.put(user, sum[0] / sum[1]));
        return means;
    }

    /** A point's per-user values and their mean with its interval. */
    record PointValues(StudyPoint point, Map<String, Double> users, Estimate estimate) {
        PointValues(StudyPoint point, Map<String, Double> users, long seed) {
            this(point, users, users.isEmpty() ? Estimate.NONE : Bootstrap.mean(
                    users.values().stream().mapToDouble(Double::doubleValue).toArray(), seed,
                    Bootstrap.DEFAULT_RESAMPLES));
        }

        double mean() {
            return estimate.mean();
        }

        boolean measured() {
            return estimate.users() > 0;
        }
    }

    /**
     * The paired difference {@code to − from} over the users measured at both, with its interval.
     */
    static Estimate difference(PointValues from, PointValues to, long seed) {
        List<Double> diffs = new ArrayList<>();
        from.users().forEach((user, a) -> {
            Double b = to.users().get(user);
            if (b != null) {
                diffs.add(b - a);
            }
        });
        return diffs.isEmpty() ? Estimate.NONE : Bootstrap.mean(diffs.stream().mapToDouble(Double::doubleValue)
                .toArray(), seed, Bootstrap.DEFAULT_RESAMPLES);
    }
}
