package org.llm4rec.explorer.domain.judge;

/**
 * Star scores of one explanation, each from {@value #MIN} to {@value #MAX}.
 *
 * @param relevance      relevance to the profile's history
 * @param specificity    specificity to the item
 * @param persuasiveness persuasiveness
 * @param faithfulness   cites only things true of the history and the item
 */
public record RubricScores(int relevance, int specificity, int persuasiveness, int faithfulness) {
    public static final int MIN = 1;
    public static final int MAX = 5;

    public RubricScores {
        check(Criterion.RELEVANCE, relevance);
        check(Criterion.SPECIFICITY, specificity);
        check(Criterion.PERSUASIVENESS, persuasiveness);
        check(Criterion.FAITHFULNESS, faithfulness);
    }

    public int score(Criterion criterion) {
        return switch (criterion) {
            case RELEVANCE -> relevance;
            case SPECIFICITY -> specificity;
            case PERSUASIVENESS -> persuasiveness;
            case FAITHFULNESS -> faithfulness;
        };
    }

    public RubricScores with(Criterion criterion, int stars) {
        return new RubricScores(
                criterion == Criterion.RELEVANCE ? stars : relevance,
                criterion == Criterion.SPECIFICITY ? stars : specificity,
                criterion == Criterion.PERSUASIVENESS ? stars : persuasiveness,
                criterion == Criterion.FAITHFULNESS ? stars : faithfulness);
    }

    /** Unweighted mean of the four scores. */
    public double mean() {
        return (relevance + specificity + persuasiveness + faithfulness) / 4.0;
    }

    private static void check(Criterion criterion, int stars) {
        if (stars < MIN || stars > MAX) {
            throw new IllegalArgumentException(criterion.label() + " must be " + MIN + " to " + MAX + " stars, was "
                    + stars);
        }
    }
}
