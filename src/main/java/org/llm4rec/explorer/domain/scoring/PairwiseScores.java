package org.llm4rec.explorer.domain.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Share of pairs where the model preferred the item the user rated higher. Pairs the user rated equally have no
 * right answer and are left out; so are pairs whose answer could not be read.
 *
 * @param accuracy right / count
 * @param right    pairs where the model chose the higher-rated item
 * @param count    pairs with a known preference and a readable answer
 */
public record PairwiseScores(double accuracy, int right, int count) {

    /**
     * One asked pair.
     *
     * @param ratingA  the user's rating of option A
     * @param ratingB  the user's rating of option B
     * @param choseA   the model's choice
     */
    public record Choice(double ratingA, double ratingB, boolean choseA) {
    }

    /** Empty when no pair has a known preference. */
    public static Optional<PairwiseScores> of(List<Choice> choices) {
        int right = 0;
        int count = 0;
        for (Choice c : choices) {
            if (c.ratingA() == c.ratingB()) {
                continue;
            }
            count++;
            right += (c.ratingA() > c.ratingB()) == c.choseA() ? 1 : 0;
        }
        return count == 0 ? Optional.empty()
                : Optional.of(new PairwiseScores((double) right / count, right, count));
    }

    /** "pairwise accuracy 0.67 (2 of 3 pairs with a known preference)". */
    public String describe() {
        return String.format(Locale.ROOT, "pairwise accuracy %.2f (%d of %d pair%s with a known preference)",
                accuracy, right, count, count == 1 ? "" : "s");
    }
}
