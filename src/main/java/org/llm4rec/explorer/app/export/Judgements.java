package org.llm4rec.explorer.app.export;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.llm4rec.explorer.app.port.JudgeRepository;
import org.llm4rec.explorer.app.port.ModelJudgementRepository;
import org.llm4rec.explorer.domain.judge.ModelJudgement;
import org.llm4rec.explorer.domain.judge.Rating;
import org.llm4rec.explorer.domain.judge.Vote;

/** Where an export finds the human judgements of the runs it holds, and model judges' scores apart from them. */
@FunctionalInterface
public interface Judgements {
    /**
     * The ratings of these runs' explanations, the votes between two of these runs and the model judges' scores of
     * their explanations; read in the background.
     */
    Judged of(Collection<String> runIds);

    /** The judgements the repositories hold: people's, and model judges'. */
    static Judgements from(JudgeRepository repository, ModelJudgementRepository models) {
        return runIds -> {
            Set<String> runs = Set.copyOf(runIds);
            List<Rating> ratings = runIds.stream().distinct().flatMap(id -> repository.ratingsOf(id).stream())
                    .toList();
            List<Vote> votes = repository.allVotes().stream()
                    .filter(v -> runs.contains(v.left().runId()) && runs.contains(v.right().runId())).toList();
            List<ModelJudgement> scores = models.all().stream().filter(j -> runs.contains(j.runId())).toList();
            return new Judged(ratings, votes, scores);
        };
    }

    /**
     * Judgements found.
     *
     * @param ratings         people's ratings
     * @param votes           people's blind A/B votes
     * @param modelJudgements model judges' scores, never mixed with people's
     */
    record Judged(List<Rating> ratings, List<Vote> votes, List<ModelJudgement> modelJudgements) {
        public Judged {
            modelJudgements = modelJudgements == null ? List.of() : List.copyOf(modelJudgements);
        }
    }
}
