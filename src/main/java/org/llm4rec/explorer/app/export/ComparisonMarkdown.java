package org.llm4rec.explorer.app.export;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.judge.Leaderboard;
import org.llm4rec.explorer.domain.judge.LeaderboardEntry;
import org.llm4rec.explorer.domain.judge.ModelJudgement;
import org.llm4rec.explorer.domain.judge.Rating;

/**
 * A readable summary: per column its figures and its list with explanations, people's ratings and model judges'
 * scores; the leaderboard.
 */
public final class ComparisonMarkdown {
    // Characters that Markdown reads as emphasis, code, links, HTML or table cells wherever they stand.
    private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>|~]");
    // What starts a heading, list or quote when it opens a line.
    private static final Pattern LINE_START = Pattern.compile("^([#+>-]|\\d+(?=[.)]))");

    public void write(Comparison comparison, Writer out) throws IOException {
        out.write("# Comparison of " + comparison.columns().size() + " runs\n\n");
        out.write("Exported " + ReportText.time(comparison.exportedAt()) + " by LLM4Rec Explorer " + comparison.appVersion()
                + ".\n");
        for (ExportedColumn column : comparison.columns()) {
            out.write("\n## " + text(column.title()) + "\n\n");
            out.write("*" + text(Headline.subtitle(column.run())) + "*  \n");
            out.write(text(String.join(" · ", Headline.of(column.run()))) + "\n\n");
            if (!column.run().message().isBlank()) {
                out.write("> " + text(column.run().message()) + "\n\n");
            }
            for (Recommendation item : column.run().recommendations()) {
                out.write(item.rank() + ". **" + text(item.title()) + "**"
                        + (item.creator().isBlank() ? "" : " — " + text(item.creator()))
                        + " *(" + text(Headline.grounding(column.run(), item)) + ")*  \n");
                out.write("   " + (item.explanation().isBlank() ? "*(no explanation given)*"
                        : text(item.explanation())) + "\n");
                for (Rating rating : comparison.ratingsOf(column.run().id(), item.rank())) {
                    out.write("   - " + text(Judging.rating(rating)) + "\n");
                }
                for (ModelJudgement judgement : comparison.modelJudgementsOf(column.run().id(), item.rank())) {
                    out.write("   - " + text(Judging.modelJudgement(judgement)) + "\n");
                }
            }
        }
        writeLeaderboard(comparison.leaderboard(), out);
    }

    private static void writeLeaderboard(Leaderboard board, Writer out) throws IOException {
        if (board.votes() == 0) {
            return;
        }
        out.write("\n## Leaderboard (" + board.votes() + " blind A/B votes)\n\n");
        out.write("| # | " + board.grouping().label()
                + " | strength | 95% interval | wins | losses | ties | both bad |\n");
        out.write("|---|---|---|---|---|---|---|---|\n");
        for (LeaderboardEntry entry : board.entries()) {
            out.write("| " + entry.rank() + " | " + text(ReportText.configuration(entry.key())) + " | " + Judging.theta(entry) + " | "
                    + Judging.interval(entry) + " | " + entry.wins() + " | " + entry.losses() + " | "
                    + entry.ties() + " | " + entry.bothBad() + " |\n");
        }
        out.write("\n" + text(Leaderboard.INTERVAL_METHOD) + ". " + text(Judging.bias(board.bias())) + "\n");
    }

    /** One line of text, its Markdown specials escaped so that it shows as written. */
    static String text(String value) {
        String oneLine = value.replaceAll("\\s*\\R\\s*", " ").strip();
        String escaped = SPECIAL.matcher(oneLine).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
        Matcher start = LINE_START.matcher(escaped);
        if (!start.find()) {
            return escaped;
        }
        // A number is kept from being a list item by escaping the "." or ")" after it; the others by escaping them.
        return Character.isDigit(escaped.charAt(0))
                ? escaped.substring(0, start.end()) + "\\" + escaped.substring(start.end())
                : "\\" + escaped;
    }
}
