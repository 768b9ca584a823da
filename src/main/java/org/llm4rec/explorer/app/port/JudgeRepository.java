package org.llm4rec.explorer.app.port;

import java.util.List;
import org.llm4rec.explorer.domain.judge.Rating;
import org.llm4rec.explorer.domain.judge.Vote;

/** Human judgements, kept with the runs they judge. */
public interface JudgeRepository {

    /** Stores a rating; an earlier rating of the same explanation by the same rater is replaced. */
    void saveRating(Rating rating);

    /** The ratings of a run's explanations, by rank, then rater. */
    List<Rating> ratingsOf(String runId);

    /** Every rating, oldest first. */
    List<Rating> allRatings();

    void saveVote(Vote vote);

    /** Every blind A/B vote, oldest first. */
    List<Vote> allVotes();
}
