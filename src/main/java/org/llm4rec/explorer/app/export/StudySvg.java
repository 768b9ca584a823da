package org.llm4rec.explorer.app.export;

import java.util.List;
import java.util.Locale;
import org.llm4rec.explorer.domain.experiment.Estimate;
import org.llm4rec.explorer.domain.study.ReferenceSeries;
import org.llm4rec.explorer.domain.study.StudyOutcome;

/**
 * A study's chart as an SVG picture, for pages that must hold everything themselves: the same layout as the
 * window's chart ({@link StudyChart}), in fixed colours on white, each mark with its exact numbers as a title
 * that browsers show on hover.
 */
final class StudySvg {
    static final int WIDTH = 760;
    static final int HEIGHT = 340;
    private static final double LEFT = 74;
    private static final double RIGHT = 32;
    private static final double BOTTOM = 48;
    private static final String[] COLOURS = {"#0969da", "#cf222e", "#1a7f37", "#8250df", "#bc4c00", "#1b7c83"};
    private static final String MUTED = "#59636e";

    private final StringBuilder svg = new StringBuilder();

    private StudySvg() {
    }

    static String of(StudyOutcome outcome) {
        return new StudySvg().draw(new StudyChart(outcome));
    }

    private String draw(StudyChart chart) {
        StudyOutcome outcome = chart.outcome();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(HtmlReport.escape(chart.measure() + " by "
                        + outcome.study().axis() + ", mean over users with its 95% interval")).append("\" font-family"
                        + "=\"system-ui,sans-serif\" font-size=\"12\">\n<rect width=\"100%\" height=\"100%\""
                        + " fill=\"#ffffff\"/>\n");
        boolean titled = outcome.hasPanels();
        double top = 40 + (titled ? 20 : 0);
        double bottom = HEIGHT - BOTTOM;
        ChartScale y = chart.y();
        for (double tick : y.ticks()) {
            double py = bottom - y.fraction(tick) * (bottom - top);
            line(LEFT, py, WIDTH - RIGHT + 16, py, "#d0d7de", "");
            text(LEFT - 6, py + 4, "end", MUTED, y.label(tick));
        }
        svg.append("<text transform=\"translate(14 ").append(n((top + bottom) / 2)).append(") rotate(-90)\""
                + " text-anchor=\"middle\" fill=\"").append(MUTED).append("\" font-style=\"italic\">")
                .append(HtmlReport.escape(chart.measure())).append("</text>\n");
        List<String> series = outcome.study().series();
        for (StudyChart.Panel panel : chart.layout(LEFT + 16, WIDTH - RIGHT)) {
            if (titled) {
                text((panel.left() + panel.right()) / 2, 52, "middle", "#1f2328", panel.name());
            }
            panel.ticks().forEach((label, x) -> {
                line(panel.at(x), bottom, panel.at(x), bottom + 4, "#d0d7de", "");
                text(panel.at(x), bottom + 18, "middle", "#1f2328", label);
            });
            for (StudyOutcome.Curve curve : panel.curves()) {
                curve(curve, panel, COLOURS[series.indexOf(curve.series()) % COLOURS.length], y, top, bottom);
            }
            for (ReferenceSeries reference : outcome.study().references()) {
                reference(reference, panel, y, top, bottom);
            }
        }
        double legend = LEFT;
        for (int i = 0; i < series.size(); i++) {
            svg.append("<circle cx=\"").append(n(legend + 6)).append("\" cy=\"16\" r=\"4.5\" fill=\"")
                    .append(COLOURS[i % COLOURS.length]).append("\"/>\n");
            legend = legendText(legend + 16, series.get(i));
        }
        for (ReferenceSeries reference : outcome.study().references()) {
            line(legend, 16, legend + 22, 16, MUTED, " stroke-dasharray=\"7 5\" stroke-width=\"1.5\"");
            legend = legendText(legend + 28, reference.label());
        }
        text((LEFT + WIDTH - RIGHT) / 2, HEIGHT - 10, "middle", MUTED, outcome.study().axis());
        return svg.append("</svg>\n").toString();
    }

    private void curve(StudyOutcome.Curve curve, StudyChart.Panel panel, String colour, ChartScale y, double top,
                       double bottom) {
        StringBuilder points = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (StudyOutcome.CurvePoint p : curve.points()) {
            Estimate e = p.estimate();
            if (e.users() == 0) {
                continue;
            }
            double px = panel.at(p.x());
            double py = bottom - y.fraction(e.mean()) * (bottom - top);
            points.append(n(px)).append(',').append(n(py)).append(' ');
            marks.append("<line x1=\"").append(n(px)).append("\" y1=\"")
                    .append(n(bottom - y.fraction(e.low()) * (bottom - top))).append("\" x2=\"").append(n(px))
                    .append("\" y2=\"").append(n(bottom - y.fraction(e.high()) * (bottom - top)))
                    .append("\" stroke=\"").append(colour).append("\" stroke-width=\"1.5\"/>\n");
            marks.append("<g><title>").append(HtmlReport.escape(curve.series() + " · " + (panel.name().isEmpty()
                    ? "" : panel.name() + " · ") + p.xLabel() + ": " + curve.measure() + " "
                    + StudyOutcome.number(e.mean()) + " (95% interval " + StudyOutcome.number(e.low()) + "–"
                    + StudyOutcome.number(e.high()) + ", " + e.users() + " users)")).append("</title><circle cx=\"")
                    .append(n(px)).append("\" cy=\"").append(n(py)).append("\" r=\"4.5\" fill=\"").append(colour)
                    .append("\"/></g>\n");
        }
        svg.append("<polyline points=\"").append(points.toString().strip()).append("\" fill=\"none\" stroke=\"")
                .append(colour).append("\" stroke-width=\"2\"/>\n").append(marks);
    }

    private void reference(ReferenceSeries reference, StudyChart.Panel panel, ChartScale y, double top,
                           double bottom) {
        StringBuilder points = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (ReferenceSeries.Point p : reference.points()) {
            double px = panel.at(p.x());
            double py = bottom - y.fraction(p.value()) * (bottom - top);
            points.append(n(px)).append(',').append(n(py)).append(' ');
            marks.append("<g><title>").append(HtmlReport.escape(reference.label() + " · " + p.xLabel() + ": "
                    + StudyOutcome.number(p.value()) + " (another model and sample: for reference, not a target)"))
                    .append("</title><circle cx=\"").append(n(px)).append("\" cy=\"").append(n(py))
                    .append("\" r=\"3.5\" fill=\"#ffffff\" stroke=\"").append(MUTED)
                    .append("\" stroke-width=\"1.5\"/></g>\n");
        }
        svg.append("<polyline points=\"").append(points.toString().strip()).append("\" fill=\"none\" stroke=\"")
                .append(MUTED).append("\" stroke-width=\"1.5\" stroke-dasharray=\"7 5\"/>\n").append(marks);
    }

    /** A legend entry's name; returns where the next entry starts (from an average glyph width). */
    private double legendText(double x, String name) {
        text(x, 20, "start", "#1f2328", name);
        return x + name.length() * 6.6 + 18;
    }

    private void line(double x1, double y1, double x2, double y2, String colour, String more) {
        svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(colour).append('"').append(more)
                .append("/>\n");
    }

    private void text(double x, double y, String anchor, String colour, String content) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" fill=\"").append(colour).append("\">").append(HtmlReport.escape(content))
                .append("</text>\n");
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
