package org.llm4rec.explorer.app.export;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.llm4rec.explorer.app.port.JudgeRepository;
import org.llm4rec.explorer.domain.judge.Rating;
import org.llm4rec.explorer.domain.judge.Vote;

/** Where an export finds the human judgements of the runs it holds. */
@FunctionalInterface
public interface Judgements {
    /** The ratings of these runs' explanations and the votes between two of these runs; read in the background. */
    Judged of(Collection<String> runIds);

    /** The judgements a repository holds. */
    static Judgements from(JudgeRepository repository) {
        return runIds -> {
            Set<String> runs = Set.copyOf(runIds);
            List<Rating> ratings = runIds.stream().distinct().flatMap(id -> repository.ratingsOf(id).stream())
                    .toList();
            List<Vote> votes = repository.allVotes().stream()
                    .filter(v -> runs.contains(v.left().runId()) && runs.contains(v.right().runId())).toList();
            return new Judged(ratings, votes);
        };
    }

    /** Ratings and votes found. */
    record Judged(List<Rating> ratings, List<Vote> votes) {
    }
}
