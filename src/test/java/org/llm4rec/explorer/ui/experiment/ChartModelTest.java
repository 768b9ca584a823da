package org.llm4rec.explorer.ui.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.app.export.ChartScale;

class ChartModelTest {

    @Test
    void theParetoFrontKeepsWhatNothingElseBeatsOnBothCostAndQuality() {
        CostPoint cheap = new CostPoint("popularity", 0, 0.10, true);
        CostPoint better = new CostPoint("zero-shot", 300, 0.25, false);
        CostPoint dominated = new CostPoint("CoT", 900, 0.20, false);
        CostPoint best = new CostPoint("ICL", 1_200, 0.31, false);
        CostPoint sameCostWorse = new CostPoint("NIR", 300, 0.15, false);
        CostPoint unknown = new CostPoint("broken", Double.NaN, 0.9, false);

        assertThat(CostPoint.paretoFront(List.of(dominated, best, cheap, sameCostWorse, better, unknown)))
                .containsExactly(cheap, better, best);
        assertThat(CostPoint.paretoFront(List.of())).isEmpty();
    }

    @Test
    void scalesCoverTheDataWithRoundTicks() {
        ChartScale scale = ChartScale.covering(0, 0.37, true);
        assertThat(scale.min()).isEqualTo(0);
        assertThat(scale.max()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(scale.ticks()).hasSize(5);
        assertThat(scale.label(0.1)).isEqualTo("0.1");
        assertThat(ChartScale.covering(0, 1_234, true).label(500)).isEqualTo("500");
        assertThat(ChartScale.covering(0, 0, true).max()).isEqualTo(1);
        assertThat(ChartScale.covering(0, 1.2, true).label(0.25)).isEqualTo("0.25");
    }
}
