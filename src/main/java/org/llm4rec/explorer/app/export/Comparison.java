package org.llm4rec.explorer.app.export;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.llm4rec.explorer.domain.judge.Grouping;
import org.llm4rec.explorer.domain.judge.Leaderboard;
import org.llm4rec.explorer.domain.judge.ModelJudgement;
import org.llm4rec.explorer.domain.judge.Rating;
import org.llm4rec.explorer.domain.judge.Vote;

/**
 * What an export holds: the columns of a comparison, in the order they were shown, with the human judgements of
 * their runs and, apart from them, model judges' scores.
 *
 * @param exportedAt when it was exported
 * @param appVersion the version of the app that wrote it
 * @param columns    the result columns, left to right
 * @param ratings    rubric ratings of the columns' explanations, human labels with rater and time
 * @param votes      blind A/B votes between the columns' runs
 * @param modelJudgements model judges' scores of the columns' explanations, each naming its model and template
 *                   version; kept apart from people's ratings
 */
public record Comparison(Instant exportedAt, String appVersion, List<ExportedColumn> columns, List<Rating> ratings,
                         List<Vote> votes, List<ModelJudgement> modelJudgements) {
    public Comparison {
        columns = List.copyOf(columns);
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
        votes = votes == null ? List.of() : List.copyOf(votes);
        modelJudgements = modelJudgements == null ? List.of() : List.copyOf(modelJudgements);
    }

    /** The leaderboard of the votes, by strategy and model; derived, so it is never out of step with them. */
    public Leaderboard leaderboard() {
        return Leaderboard.of(votes, Grouping.CONFIGURATION);
    }

    /** "1 run", "3 runs": how summaries count the columns. */
    public String runCount() {
        return columns.size() + (columns.size() == 1 ? " run" : " runs");
    }

    /** The model judges' scores of one explanation, by judge. */
    public List<ModelJudgement> modelJudgementsOf(String runId, int rank) {
        return modelJudgements.stream().filter(j -> j.isFor(runId, rank))
                .sorted(Comparator.comparing(ModelJudgement::judgeId)).toList();
    }

    /** The ratings of one explanation, by rater. */
    public List<Rating> ratingsOf(String runId, int rank) {
        return ratings.stream().filter(r -> r.isFor(runId, rank)).toList();
    }
}
