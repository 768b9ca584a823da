package org.llm4rec.explorer.domain.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Root mean squared and mean absolute error of predicted against true ratings, on the same scale.
 *
 * @param rmse  sqrt(mean((predicted − actual)²))
 * @param mae   mean(|predicted − actual|)
 * @param count how many rated items were scored
 */
public record RatingErrors(double rmse, double mae, int count) {

    /** A predicted and a true rating of one item. */
    public record Prediction(double predicted, double actual) {
    }

    /** Empty when there is nothing to score: an error over no items is undefined, not zero. */
    public static Optional<RatingErrors> of(List<Prediction> predictions) {
        if (predictions.isEmpty()) {
            return Optional.empty();
        }
        double squared = 0;
        double absolute = 0;
        for (Prediction p : predictions) {
            double error = p.predicted() - p.actual();
            squared += error * error;
            absolute += Math.abs(error);
        }
        int n = predictions.size();
        return Optional.of(new RatingErrors(Math.sqrt(squared / n), absolute / n, n));
    }

    /** "RMSE 0.82 · MAE 0.61 on 5 rated items". */
    public String describe() {
        return String.format(Locale.ROOT, "RMSE %.2f · MAE %.2f on %d rated item%s", rmse, mae, count,
                count == 1 ? "" : "s");
    }
}
