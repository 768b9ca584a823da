package org.llm4rec.explorer.app.export;

import java.util.Collection;
import java.util.List;
import org.llm4rec.explorer.domain.judge.Rating;
import org.llm4rec.explorer.domain.judge.Vote;

/** Where an export finds the human judgements of the runs it holds. */
@FunctionalInterface
public interface Judgements {
    /** No judgements: for an app, or a test, that keeps none. */
    Judgements NONE = runIds -> new Judged(List.of(), List.of());

    /** The ratings of these runs' explanations and the votes between two of these runs; read in the background. */
    Judged of(Collection<String> runIds);

    /** Ratings and votes found. */
    record Judged(List<Rating> ratings, List<Vote> votes) {
    }
}
