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

    /** One series in one small chart (the panel, empty when the study draws one chart): its points and measure. */
    public record Curve(String panel, String series, String measure, List<CurvePoint> points) {
        public Curve {
            points = List.copyOf(points);
        }
    }

    /** One point: where on the x axis, and the mean with its interval. */
    public record CurvePoint(String xLabel, double x, Estimate estimate) {
    }

    /** True when the study draws one small chart per value of further parameters. */
    public boolean hasPanels() {
        return curves.stream().anyMatch(c -> !c.panel().isEmpty());
    }

    /** The curves of one small chart, in drawing order. */
    public List<Curve> curvesOf(String panel) {
        return curves.stream().filter(c -> c.panel().equals(panel)).toList();
    }

    /**
     * The table's cells, its header first: [panel,] series, x, measure, mean, 95% interval, users, published.
     */
    public List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        rows.add(withPanel("panel", "series", study.axis(), "measure", "mean", "95% interval", "users",
                "published"));
        for (Curve curve : curves) {
            for (CurvePoint p : curve.points()) {
                Estimate e = p.estimate();
                rows.add(withPanel(curve.panel(), curve.series(), p.xLabel(), curve.measure(), number(e.mean()),
                        interval(e), String.valueOf(e.users()), published(p.xLabel())));
            }
        }
        return rows;
    }

    /**
     * The curves as a text table: series, x, mean, 95% interval, users and the published figure beside it; with
     * panels, a first column names each row's panel.
     */
    public String table() {
        List<String[]> rows = rows();
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

    /**
     * The curves and the published figures as CSV, one row per point, for spreadsheets and slides; with panels, a
     * first column names each row's panel.
     */
    public String csv() {
        StringBuilder csv = new StringBuilder(String.join(",", withPanel("panel", "series", "x_label", "x",
                "measure", "mean", "low", "high", "users")) + "\n");
        for (Curve curve : curves) {
            for (CurvePoint p : curve.points()) {
                Estimate e = p.estimate();
                csv.append(String.join(",", withPanel(quoted(curve.panel()), quoted(curve.series()),
                        quoted(p.xLabel()), raw(p.x()), quoted(curve.measure()), raw(e.mean()), raw(e.low()),
                        raw(e.high()), String.valueOf(e.users())))).append('\n');
            }
        }
        for (ReferenceSeries reference : study.references()) {
            for (ReferenceSeries.Point p : reference.points()) {
                csv.append(String.join(",", withPanel("", quoted(reference.label()), quoted(p.xLabel()), raw(p.x()),
                        quoted(study.spec().metric().label()), raw(p.value()), "", "", ""))).append('\n');
            }
        }
        return csv.toString();
    }

    /** The row with its panel first when the study has panels, without it otherwise. */
    private String[] withPanel(String panel, String... rest) {
        if (!hasPanels()) {
            return rest;
        }
        String[] row = new String[rest.length + 1];
        row[0] = panel;
        System.arraycopy(rest, 0, row, 1, rest.length);
        return row;
    }

    /** "0.412 – 0.530", empty for a point not measured. */
    private static String interval(Estimate e) {
        return e.users() == 0 ? "" : number(e.low()) + " – " + number(e.high());
    }

    /** The published figure at this x, or empty. */
    private String published(String xLabel) {
        return study.references().stream().map(r -> r.at(xLabel)).filter(v -> v != null).findFirst()
                .map(StudyOutcome::number).orElse("");
    }

    /** A mean or bound as the table writes it: three decimals below 10, one above. */
    public static String number(double value) {
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
