package org.llm4rec.explorer.domain.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.llm4rec.explorer.domain.experiment.Estimate;

/**
 * A study's results: a curve per series with 95% bootstrap intervals over users, the published figures, and a
 * finding in plain words computed from the numbers.
 *
 * @param study   the study as run
 * @param curves  one per series, points in the study's order; a point not yet run has {@link Estimate#NONE}
 * @param finding one paragraph saying what the numbers show
 */
public record StudyOutcome(Study study, List<Curve> curves, String finding) {
    public StudyOutcome {
        curves = List.copyOf(curves);
    }

    /** One series: its points and what they measure. */
    public record Curve(String series, String measure, List<CurvePoint> points) {
        public Curve {
            points = List.copyOf(points);
        }
    }

    /** One point: where on the x axis, and the mean with its interval. */
    public record CurvePoint(String xLabel, double x, Estimate estimate) {
    }

    /** The curves as a text table: series, x, mean, 95% interval, users and the published figure beside it. */
    public String table() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"series", study.spec().kind().axis(), "measure", "mean", "95% interval", "users",
                "published"});
        for (Curve curve : curves) {
            for (CurvePoint p : curve.points()) {
                Estimate e = p.estimate();
                rows.add(new String[] {curve.series(), p.xLabel(), curve.measure(), number(e.mean()),
                        e.users() == 0 ? "" : number(e.low()) + " – " + number(e.high()),
                        String.valueOf(e.users()), published(p.xLabel())});
            }
        }
        int[] widths = new int[rows.get(0).length];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        StringBuilder text = new StringBuilder();
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                text.append(String.format("%-" + widths[i] + "s", r[i])).append(i + 1 < r.length ? "  " : "");
            }
            text.append('\n');
        }
        for (ReferenceSeries reference : study.references()) {
            text.append("published: ").append(reference.label()).append('\n');
        }
        return text.toString();
    }

    /** The curves and the published figures as CSV, one row per point, for spreadsheets and slides. */
    public String csv() {
        StringBuilder csv = new StringBuilder("series,x_label,x,measure,mean,low,high,users\n");
        for (Curve curve : curves) {
            for (CurvePoint p : curve.points()) {
                Estimate e = p.estimate();
                csv.append(String.join(",", quoted(curve.series()), quoted(p.xLabel()), raw(p.x()),
                        quoted(curve.measure()), raw(e.mean()), raw(e.low()), raw(e.high()),
                        String.valueOf(e.users()))).append('\n');
            }
        }
        for (ReferenceSeries reference : study.references()) {
            for (ReferenceSeries.Point p : reference.points()) {
                csv.append(String.join(",", quoted(reference.label()), quoted(p.xLabel()), raw(p.x()),
                        quoted(study.spec().metric().label()), raw(p.value()), "", "", "")).append('\n');
            }
        }
        return csv.toString();
    }

    private String published(String xLabel) {
        return study.references().stream().map(r -> r.at(xLabel)).filter(v -> v != null).findFirst()
                .map(StudyOutcome::number).orElse("");
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return Math.abs(value) >= 10 ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String raw(double value) {
        return Double.isNaN(value) ? "" : String.valueOf(value);
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
