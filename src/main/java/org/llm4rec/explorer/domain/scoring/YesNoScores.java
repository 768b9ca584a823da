package org.llm4rec.explorer.domain.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Accuracy and ROC AUC of Yes/No answers against whether the user liked each item.
 *
 * <p>AUC is the Mann–Whitney statistic: over every (liked, not liked) pair, the share where the liked item has the
 * higher score, a tie counting one half. It is undefined when all items are of one class. When every score is the
 * bare decision (Yes = 1, No = 0) the AUC equals the balanced accuracy, (true-positive rate + true-negative rate) / 2.
 *
 * @param accuracy      share of answers whose decision matches the truth
 * @param auc           empty when every item is liked, or none is
 * @param count         how many answered items with a known truth were scored
 * @param decisionsOnly true when no answer carried a confidence, so the AUC is the balanced accuracy
 */
public record YesNoScores(double accuracy, OptionalDouble auc, int count, boolean decisionsOnly) {

    /**
     * One answered item.
     *
     * @param yes   the model's decision
     * @param score how strongly it leans to Yes, from 0 to 1: the stated confidence, else 1 for Yes and 0 for No
     * @param liked the truth
     * @param bare  true when {@code score} is only the decision
     */
    public record Answer(boolean yes, double score, boolean liked, boolean bare) {
        public static Answer decision(boolean yes, boolean liked) {
            return new Answer(yes, yes ? 1 : 0, liked, true);
        }
    }

    /** Empty when nothing was answered: accuracy over no items is undefined. */
    public static Optional<YesNoScores> of(List<Answer> answers) {
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        long right = answers.stream().filter(a -> a.yes() == a.liked()).count();
        return Optional.of(new YesNoScores((double) right / answers.size(), auc(answers), answers.size(),
                answers.stream().allMatch(Answer::bare)));
    }

    static OptionalDouble auc(List<Answer> answers) {
        List<Double> liked = answers.stream().filter(Answer::liked).map(Answer::score).toList();
        List<Double> notLiked = answers.stream().filter(a -> !a.liked()).map(Answer::score).toList();
        if (liked.isEmpty() || notLiked.isEmpty()) {
            return OptionalDouble.empty();
        }
        double wins = 0;
        for (double positive : liked) {
            for (double negative : notLiked) {
                wins += positive > negative ? 1 : positive == negative ? 0.5 : 0;
            }
        }
        return OptionalDouble.of(wins / ((double) liked.size() * notLiked.size()));
    }

    /** "accuracy 0.80 · AUC 0.75 on 10 items", saying why an AUC is missing or what it equals. */
    public String describe() {
        String text = String.format(Locale.ROOT, "accuracy %.2f · ", accuracy);
        if (auc.isEmpty()) {
            text += "AUC undefined (every scored item is of one class)";
        } else {
            text += String.format(Locale.ROOT, "AUC %.2f", auc.getAsDouble())
                    + (decisionsOnly ? " (from the Yes/No decisions alone, so equal to balanced accuracy)" : "");
        }
        return text + " on " + count + " item" + (count == 1 ? "" : "s");
    }
}
