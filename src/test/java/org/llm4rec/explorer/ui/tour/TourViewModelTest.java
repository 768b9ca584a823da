package org.llm4rec.explorer.ui.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TourViewModelTest {

    @Test
    void walksForwardAndBackThroughEveryStepThenEnds() {
        TourViewModel tour = TourViewModel.mainPath();
        List<String> seen = new ArrayList<>();
        tour.currentProperty().addListener((o, old, step) -> seen.add(step == null ? "end" : step.targetId()));

        tour.start();
        tour.next();
        tour.back();
        for (int i = 0; i < tour.size(); i++) {
            tour.next();
        }

        assertThat(seen).containsExactly("datasetCombo", "profileCombo", "datasetCombo", "profileCombo",
                "strategyCombo", "modelCombo", "recommendButton", "runHistory", "end");
        assertThat(tour.indexProperty().get()).isEqualTo(TourViewModel.NOT_RUNNING);
    }

    @Test
    void backOnTheFirstStepStaysThere() {
        TourViewModel tour = TourViewModel.mainPath();
        tour.start();
        tour.back();
        assertThat(tour.currentProperty().get().targetId()).isEqualTo("datasetCombo");
    }
}
