package org.llm4rec.explorer.app.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.judge.Criterion;
import org.llm4rec.explorer.domain.judge.JudgeCriterion;
import org.llm4rec.explorer.domain.judge.JudgeRubric;
import org.llm4rec.explorer.domain.judge.Leaderboard;
import org.llm4rec.explorer.domain.judge.LeaderboardEntry;
import org.llm4rec.explorer.domain.judge.ModelJudgement;
import org.llm4rec.explorer.domain.judge.PositionBias;
import org.llm4rec.explorer.domain.judge.Rating;

/** Ratings, model judges' scores and leaderboard figures as the summaries word them. */
public final class Judging {
    private Judging() {
    }

    /**
     * The ratings, the model judges' scores and the leaderboard of a comparison as plain text, to read; empty when
     * it has none.
     */
    public static String describe(Comparison comparison) {
        StringBuilder text = new StringBuilder();
        for (ExportedColumn column : comparison.columns()) {
            for (Recommendation item : column.run().recommendations()) {
                for (Rating rating : comparison.ratingsOf(column.run().id(), item.rank())) {
                    text.append(column.title()).append(" · ").append(item.rank()).append(". ").append(item.title())
                            .append("\n    ").append(rating(rating)).append('\n');
                }
                for (ModelJudgement judgement : comparison.modelJudgementsOf(column.run().id(), item.rank())) {
                    text.append(column.title()).append(" · ").append(item.rank()).append(". ").append(item.title())
                            .append("\n    ").append(modelJudgement(judgement)).append('\n');
                }
            }
        }
        Leaderboard board = comparison.leaderboard();
        if (board.votes() > 0) {
            text.append("\nLeaderboard (").append(board.votes()).append(" blind A/B votes; strength with ")
                    .append(Leaderboard.INTERVAL_METHOD).append(")\n");
            for (LeaderboardEntry entry : board.entries()) {
                text.append(entry.rank()).append(". ").append(entry.key()).append("  ").append(theta(entry))
                        .append(' ').append(interval(entry)).append("  ").append(entry.wins()).append(" won, ")
                        .append(entry.losses()).append(" lost, ").append(entry.ties()).append(" tied\n");
            }
            text.append(bias(board.bias())).append('\n');
        }
        return text.toString();
    }

    /** "Relevance 4★ · Specificity 3★ … — by Ana, 25 November 2026, 10:00 UTC (human label)". */
    static String rating(Rating rating) {
        return Arrays.stream(Criterion.values())
                .map(c -> c.label() + " " + rating.scores().score(c) + "★")
                .collect(Collectors.joining(" · "))
                + " — by " + (rating.rater().isBlank() ? "an unnamed rater" : rating.rater()) + ", "
                + ReportText.time(rating.ratedAt()) + " (" + rating.origin().name().toLowerCase(Locale.ROOT) + " label)"
                + (rating.note().isBlank() ? "" : ": " + rating.note());
    }

    /**
     * "Model judge gemma2:9b (judge-app-rubric v1): Relevance 4/5 · … — its reason": always named as a model's, in
     * the rubric's order, with what could not be read from its answer.
     */
    public static String modelJudgement(ModelJudgement judgement) {
        List<JudgeCriterion> criteria = Arrays.stream(JudgeRubric.values())
                .filter(r -> r.templateId().equals(judgement.templateId())).findFirst()
                .map(JudgeRubric::criteria).orElse(List.of());
        List<String> scores = new ArrayList<>();
        criteria.forEach(c -> judgement.score(c.key()).ifPresent(s -> scores.add(c.label() + " " + s + "/5")));
        new TreeMap<>(judgement.scores()).forEach((key, score) -> {
            if (criteria.stream().noneMatch(c -> c.key().equals(key))) {
                scores.add(key + " " + score + "/5");
            }
        });
        String text = "Model judge " + judgement.model() + " (" + judgement.templateId() + " v"
                + judgement.templateVersion() + "): " + (scores.isEmpty() ? "its answer could not be read"
                : String.join(" · ", scores));
        if (!judgement.problem().isBlank()) {
            text += scores.isEmpty() ? " (" + judgement.problem() + ")" : " (not read: " + judgement.problem() + ")";
        }
        return judgement.reason().isBlank() ? text : text + " — " + judgement.reason();
    }

    static String theta(LeaderboardEntry entry) {
        return entry.estimated() ? String.format(Locale.ROOT, "%.2f", entry.theta()) : "–";
    }

    static String interval(LeaderboardEntry entry) {
        return entry.estimated() ? String.format(Locale.ROOT, "[%.2f, %.2f]", entry.lower(), entry.upper()) : "–";
    }

    static String bias(PositionBias bias) {
        if (bias.decisiveVotes() == 0) {
            return "Position bias: no decisive votes yet.";
        }
        return String.format(Locale.ROOT, "Position bias: the left side won %d of %d decisive votes (%.0f%%, 95%% "
                        + "interval %.0f–%.0f%%)%s; %d of %d pairs shown both ways round got the same verdict.",
                bias.leftVotes(), bias.decisiveVotes(), bias.leftShare() * 100, bias.lower() * 100,
                bias.upper() * 100, bias.significant() ? ", more than chance" : "", bias.consistentPairs(),
                bias.swappedPairs());
    }
}
