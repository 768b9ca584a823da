package org.llm4rec.explorer.app.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.llm4rec.explorer.domain.study.ReferenceSeries;
import org.llm4rec.explorer.domain.study.Study;
import org.llm4rec.explorer.domain.study.StudyKind;
import org.llm4rec.explorer.domain.study.StudyOutcome;

/**
 * A study's results as one self-contained HTML page, in the frame of the other reports (see {@link HtmlReport}):
 * what was asked and on what, the chart as inline SVG, the finding in plain words, the table with the 95%
 * intervals and the published figures labelled with their source, so that a teacher can put it on a slide.
 */
public final class StudyHtml {
    private static final String STYLE = """
            .study{max-width:62em}.study figure{margin:1em 0}.study svg{max-width:100%;height:auto}
            figcaption{color:#59636e;font-size:.85em}
            .finding{font-size:1.05em;background:#f6f8fa;border-left:4px solid #0969da;padding:.7em 1em}
            td.number{text-align:right;font-variant-numeric:tabular-nums}
            """;

    /**
     * @param datasetName the dataset as the user knows it
     * @param appVersion  the version of the app that wrote it
     */
    public void write(StudyOutcome outcome, String datasetName, Instant exportedAt, String appVersion, Writer out)
            throws IOException {
        Study study = outcome.study();
        StudyKind kind = study.spec().kind();
        HtmlReport.begin(out, study.name(), STYLE);
        out.write("<section class=\"study\">\n<h1 dir=\"auto\">" + HtmlReport.escape(study.name()) + "</h1>\n");
        out.write("<p class=\"muted\" dir=\"auto\">" + HtmlReport.escape(kind.title() + " · dataset " + datasetName
                + " · " + String.join(", ", study.models()) + " · " + study.spec().sample().describe() + " · "
                + study.spec().protocol().label()) + "<br>" + HtmlReport.escape(HtmlReport.exported(exportedAt,
                appVersion)) + "</p>\n");
        out.write("<p>" + HtmlReport.escape(kind.question() + (kind.source().isEmpty() ? ""
                : " After " + kind.source() + ".")) + "</p>\n");
        out.write("<figure>\n" + StudySvg.of(outcome) + "<figcaption>" + HtmlReport.escape("Mean over users with"
                + " its 95% bootstrap interval" + (study.references().isEmpty() ? "."
                : "; dashed: the published figures (another model and sample: for reference, not a target).")
                + (outcome.hasPanels() ? " One chart per " + String.join(" × ", study.spec().panels().stream()
                .map(a -> a.parameter().label()).toList()) + ", all on one y axis." : "")) + "</figcaption>\n"
                + "</figure>\n");
        out.write("<p class=\"finding\" dir=\"auto\">" + HtmlReport.escape(outcome.finding()) + "</p>\n");
        writeTable(outcome.rows(), out);
        for (ReferenceSeries reference : study.references()) {
            out.write("<p class=\"muted\">Published: " + HtmlReport.escape(reference.label()) + ".</p>\n");
        }
        out.write("</section>\n");
        HtmlReport.end(out);
    }

    /** Writes the page to the file, replacing it. */
    public Path write(StudyOutcome outcome, String datasetName, Instant exportedAt, String appVersion, Path file)
            throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(outcome, datasetName, exportedAt, appVersion, out);
        }
        return file;
    }

    private static void writeTable(List<String[]> rows, Writer out) throws IOException {
        out.write("<table>\n<tr>");
        for (String name : rows.get(0)) {
            out.write("<th>" + HtmlReport.escape(name) + "</th>");
        }
        out.write("</tr>\n");
        for (String[] row : rows.subList(1, rows.size())) {
            out.write("<tr>");
            for (String cell : row) {
                boolean number = !cell.isEmpty() && (Character.isDigit(cell.charAt(0)) || cell.equals("–"));
                out.write("<td" + (number ? " class=\"number\"" : " dir=\"auto\"") + ">" + HtmlReport.escape(cell)
                        + "</td>");
            }
            out.write("</tr>\n");
        }
        out.write("</table>\n");
    }
}
