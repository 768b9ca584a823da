package org.llm4rec.explorer.app.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.judge.Leaderboard;
import org.llm4rec.explorer.domain.judge.LeaderboardEntry;
import org.llm4rec.explorer.domain.judge.ModelJudgement;
import org.llm4rec.explorer.domain.judge.Rating;
import org.llm4rec.explorer.domain.parse.ParseStatus;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.run.RunStep;

/**
 * A single self-contained HTML page: inline CSS only, no scripts, no links, no external resources, so that it opens
 * anywhere offline and cannot run anything. Every text is escaped and marked {@code dir="auto"}, so that titles in
 * right-to-left scripts read correctly.
 */
public final class HtmlReport {
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#1f2328;background:#fff;line-height:1.45}
            h1{font-size:1.6em}h2{font-size:1.25em;margin:0}
            .columns{display:flex;gap:1em;align-items:flex-start;overflow-x:auto}
            .column{flex:1 1 0;min-width:18em;border:1px solid #d0d7de;border-radius:8px;padding:1em}
            .muted{color:#59636e;font-size:.9em}
            ol{padding-left:1.6em}li{margin-bottom:.7em}
            .title{font-weight:600}.grounding{font-size:.85em;color:#59636e}
            .missing{color:#cf222e}.rating{font-size:.85em;color:#6e4b00;margin-top:.2em}.hit{color:#1a7f37;font-weight:600}
            .model-judge{font-size:.85em;color:#0550ae;margin-top:.2em;border-left:3px solid #54aeff;padding-left:.4em}
            pre{white-space:pre-wrap;word-break:break-word;background:#f6f8fa;padding:.8em;border-radius:6px;\
            font-size:.85em}
            table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.3em .6em;text-align:left;\
            vertical-align:top}
            details{margin:.4em 0}summary{cursor:pointer;font-weight:600}
            """;

    public void write(Comparison comparison, Writer out) throws IOException {
        String title = "Comparison of " + comparison.columns().size() + " runs";
        begin(out, title, "");
        out.write("<h1>" + escape(title) + "</h1>\n");
        out.write("<p class=\"muted\">" + escape(exported(comparison.exportedAt(), comparison.appVersion()))
                + "</p>\n");
        out.write("<section class=\"columns\">\n");
        for (ExportedColumn column : comparison.columns()) {
            writeColumn(comparison, column, out);
        }
        out.write("</section>\n");
        writeModelJudges(comparison, out);
        writeLeaderboard(comparison.leaderboard(), out);
        out.write("<h2 style=\"margin-top:1.5em\">Run records</h2>\n");
        for (ExportedColumn column : comparison.columns()) {
            writeRecord(column, out);
        }
        end(out);
    }

    /**
     * Opens a page of the reports' frame: the head with the shared inline style, plus the page's own rules, and
     * the body.
     */
    static void begin(Writer out, String title, String moreStyle) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<title>" + escape(title) + "</title>\n");
        out.write("<style>\n" + STYLE + moreStyle + "</style>\n</head>\n<body>\n");
    }

    /** Closes a page that {@link #begin} opened. */
    static void end(Writer out) throws IOException {
        out.write("</body>\n</html>\n");
    }

    /** "Exported 7 Dec 2026, 12:04 by LLM4Rec Explorer 1.2.0." */
    static String exported(Instant at, String appVersion) {
        return "Exported " + ReportText.time(at) + " by LLM4Rec Explorer " + appVersion + ".";
    }

    private void writeColumn(Comparison comparison, ExportedColumn column, Writer out) throws IOException {
        RunRecord run = column.run();
        out.write("<article class=\"column\">\n<h2 dir=\"auto\">" + escape(column.title()) + "</h2>\n");
        out.write("<p class=\"muted\" dir=\"auto\">" + escape(Headline.subtitle(run)) + "</p>\n");
        out.write("<p class=\"muted\">" + escape(String.join(" · ", Headline.of(run))) + "</p>\n");
        if (!run.message().isBlank()) {
            out.write("<p dir=\"auto\">" + escape(run.message()) + "</p>\n");
        }
        out.write("<ol>\n");
        for (Recommendation item : run.recommendations()) {
            out.write("<li value=\"" + item.rank() + "\"><div class=\"title\" dir=\"auto\">" + escape(item.title())
                    + (item.creator().isBlank() ? "" : " — " + escape(item.creator())) + "</div>\n");
            out.write("<div class=\"grounding" + (item.grounding().grounded() ? "" : " missing")
                    + (item.hit() ? " hit" : "") + "\" dir=\"auto\">" + escape(Headline.grounding(run, item))
                    + "</div>\n");
            out.write("<p class=\"explanation\" dir=\"auto\">" + (item.explanation().isBlank()
                    ? "<em>(no explanation given)</em>" : escape(item.explanation())) + "</p>\n");
            for (Rating rating : comparison.ratingsOf(run.id(), item.rank())) {
                out.write("<div class=\"rating\" dir=\"auto\">" + escape(Judging.rating(rating)) + "</div>\n");
            }
            for (ModelJudgement judgement : comparison.modelJudgementsOf(run.id(), item.rank())) {
                out.write("<div class=\"model-judge\" dir=\"auto\">" + escape(Judging.modelJudgement(judgement))
                        + "</div>\n");
            }
            out.write("</li>\n");
        }
        out.write("</ol>\n</article>\n");
    }

    /** Which model judges scored the explanations above, and that their scores are a model's, not people's. */
    private void writeModelJudges(Comparison comparison, Writer out) throws IOException {
        Map<String, List<ModelJudgement>> byJudge = new TreeMap<>(comparison.modelJudgements().stream()
                .collect(Collectors.groupingBy(ModelJudgement::judgeId)));
        if (byJudge.isEmpty()) {
            return;
        }
        out.write("<h2 style=\"margin-top:1.5em\">Model judges</h2>\n<p class=\"muted\">Lines marked “Model judge”"
                + " under the explanations are scores from 1 to 5 and a short reason written by a language model"
                + " asked with the template named; they are not people's ratings and are not counted in them.</p>\n"
                + "<table class=\"model-judges\">\n<tr><th>Model</th><th>Template</th><th>Version</th>"
                + "<th>Explanations scored</th><th>Answers not fully read</th></tr>\n");
        for (List<ModelJudgement> scores : byJudge.values()) {
            ModelJudgement first = scores.get(0);
            out.write("<tr><td dir=\"auto\">" + escape(first.model()) + "</td><td>" + escape(first.templateId())
                    + "</td><td>" + first.templateVersion() + "</td><td>" + scores.size() + "</td><td>"
                    + scores.stream().filter(j -> !j.problem().isBlank()).count() + "</td></tr>\n");
        }
        out.write("</table>\n");
    }

    private void writeLeaderboard(Leaderboard board, Writer out) throws IOException {
        if (board.votes() == 0) {
            return;
        }
        out.write("<h2 style=\"margin-top:1.5em\">Leaderboard</h2>\n<p class=\"muted\">" + board.votes()
                + " blind A/B votes, ranked by a Bradley–Terry fit. " + escape(Leaderboard.INTERVAL_METHOD)
                + ".</p>\n<table class=\"leaderboard\">\n<tr><th>#</th><th>" + escape(board.grouping().label())
                + "</th><th>strength</th><th>95% interval</th><th>wins</th><th>losses</th><th>ties</th>"
                + "<th>both bad</th></tr>\n");
        for (LeaderboardEntry entry : board.entries()) {
            out.write("<tr><td>" + entry.rank() + "</td><td dir=\"auto\">"
                    + escape(ReportText.configuration(entry.key())) + "</td><td>"
                    + Judging.theta(entry) + "</td><td>" + Judging.interval(entry) + "</td><td>" + entry.wins()
                    + "</td><td>" + entry.losses() + "</td><td>" + entry.ties() + "</td><td>" + entry.bothBad()
                    + "</td></tr>\n");
        }
        out.write("</table>\n<p class=\"muted\">" + escape(Judging.bias(board.bias())) + "</p>\n");
    }

    private void writeRecord(ExportedColumn column, Writer out) throws IOException {
        RunRecord run = column.run();
        out.write("<details>\n<summary dir=\"auto\">" + escape(column.title() + " · " + Headline.subtitle(run))
                + "</summary>\n<table>\n");
        row(out, "Started", ReportText.time(run.createdAt()));
        row(out, "Dataset", run.datasetId() + " (version " + run.datasetVersion() + ")");
        row(out, "Profile", run.profileName());
        row(out, "Strategy", ReportText.strategy(run.strategyId()) + " · template version "
                + run.templateVersion());
        row(out, "Model", run.model() + (run.modelDigest() == null ? "" : " (digest " + run.modelDigest() + ")")
                + (run.serverVersion() == null ? "" : " on Ollama " + run.serverVersion()));
        row(out, "Options", ReportText.options(run.options()));
        row(out, "Outcome", ReportText.words(run.status()) + (run.failure() == null ? ""
                : " · " + ReportText.words(run.failure())) + " · " + (run.parseStatus() == ParseStatus.FAILED
                ? "no answer could be read" : "answer read as " + ReportText.words(run.parseStatus())));
        row(out, "Timings", ReportText.timings(run.metrics()));
        if (run.candidates() != null) {
            row(out, "Candidates", run.candidates().label() + (run.candidates().note().isBlank() ? ""
                    : " · " + run.candidates().note()) + "\n" + String.join("\n",
                    run.candidates().items().stream().map(i -> i.id() + "  " + i.label()).toList()));
        }
        row(out, "Run id (in the app's store and the JSON export)", run.id());
        out.write("</table>\n");
        block(out, "Prompt sent", run.prompt());
        block(out, "Raw answer", run.rawResponse());
        if (!run.thinking().isBlank()) {
            block(out, "Thinking", run.thinking());
        }
        List<RunStep> steps = run.steps();
        for (RunStep step : steps) {
            block(out, "Step " + step.number() + " · " + step.name() + " · prompt", step.prompt());
            block(out, "Step " + step.number() + " · " + step.name() + " · answer", step.rawResponse());
        }
        out.write("</details>\n");
    }

    private static void row(Writer out, String name, String value) throws IOException {
        out.write("<tr><th>" + escape(name) + "</th><td dir=\"auto\"><pre>" + escape(value) + "</pre></td></tr>\n");
    }

    private static void block(Writer out, String name, String text) throws IOException {
        out.write("<h3>" + escape(name) + "</h3>\n<pre dir=\"auto\">" + escape(text) + "</pre>\n");
    }

    /** Text as HTML: the five characters with a meaning in markup become entities. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
