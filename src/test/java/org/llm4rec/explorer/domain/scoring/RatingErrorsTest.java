package org.llm4rec.explorer.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.scoring.RatingErrors.Prediction;

class RatingErrorsTest {

    @Test
    void rmseAndMaeOfFourPredictions() {
        // Errors −1, 0, −2, +1: squares 1 + 0 + 4 + 1 = 6, RMSE = sqrt(6 / 4) = 1.2247;
        // absolutes 1 + 0 + 2 + 1 = 4, MAE = 4 / 4 = 1.0.
        RatingErrors errors = RatingErrors.of(List.of(new Prediction(4, 5), new Prediction(3, 3),
                new Prediction(2, 4), new Prediction(5, 4))).orElseThrow();

        assertThat(errors.rmse()).isCloseTo(1.2247, within(1e-4));
        assertThat(errors.mae()).isEqualTo(1.0);
        assertThat(errors.count()).isEqualTo(4);
        assertThat(errors.describe()).isEqualTo("RMSE 1.22 · MAE 1.00 on 4 rated items");
    }

    @Test
    void oneItemGivesEqualRmseAndMae() {
        // |3.5 − 5| = 1.5 for both.
        RatingErrors errors = RatingErrors.of(List.of(new Prediction(3.5, 5))).orElseThrow();

        assertThat(errors.rmse()).isEqualTo(1.5);
        assertThat(errors.mae()).isEqualTo(1.5);
        assertThat(errors.describe()).isEqualTo("RMSE 1.50 · MAE 1.50 on 1 rated item");
    }

    @Test
    void perfectPredictionsHaveNoError() {
        RatingErrors errors = RatingErrors.of(List.of(new Prediction(4, 4), new Prediction(2, 2))).orElseThrow();

        assertThat(errors.rmse()).isZero();
        assertThat(errors.mae()).isZero();
    }

    @Test
    void nothingToScoreIsUndefinedNotZero() {
        assertThat(RatingErrors.of(List.of())).isEmpty();
    }
}
