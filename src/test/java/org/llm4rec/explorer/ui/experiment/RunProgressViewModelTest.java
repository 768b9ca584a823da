package org.llm4rec.explorer.ui.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.ui.experiment.RunProgressViewModel.State;

class RunProgressViewModelTest {
    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong();
    private final RunProgressViewModel progress = new RunProgressViewModel(now::get);

    private void models(int zeroShot, int icl) {
        progress.progressed("z", "zero-shot", false, zeroShot, 50);
        progress.progressed("i", "ICL", false, icl, 50);
    }

    @Test
    void overallAndPerConfigurationProgressAddUp() {
        progress.started(0);
        models(20, 5);
        progress.progressed("b", "Popularity", true, 50, 50);

        assertThat(progress.overallProperty().get()).isEqualTo(0.5);
        assertThat(progress.overallTextProperty().get()).isEqualTo("75 of 150 user runs");
        assertThat(progress.configurations()).extracting(ConfigurationRow::configuration)
                .containsExactly("zero-shot", "ICL", "Popularity");
        assertThat(progress.configurations().get(0).fractionProperty().get()).isEqualTo(0.4);
        assertThat(progress.configurations().get(1).textProperty().get()).isEqualTo("5 / 50 users");
    }

    @Test
    void theTimeLeftFollowsTheModelRunsOfThisSession() {
        progress.started(0);
        // Baselines finish at once; they must not make the model runs look fast.
        progress.progressed("b", "Popularity", true, 50, 50);
        models(0, 0);
        assertThat(progress.etaProperty().get()).isEqualTo("Estimating the time left…");
        now.addAndGet(10 * SECOND);
        models(10, 0);
        // 10 users in 10 s, 90 to go.
        assertThat(progress.etaProperty().get()).isEqualTo("About 2 min left");
        now.addAndGet(80 * SECOND);
        models(50, 40);
        assertThat(progress.etaProperty().get()).isEqualTo("About 10 s left");
        models(50, 50);
        assertThat(progress.etaProperty().get()).isEqualTo("Finishing…");
    }

    @Test
    void aResumedRunEstimatesFromTheUsersDoneSinceItResumed() {
        progress.started(50);
        now.addAndGet(5 * SECOND);
        models(50, 5);
        // 5 users in 5 s; the 50 stored before do not make it look faster.
        assertThat(progress.etaProperty().get()).isEqualTo("About 45 s left");
        assertThat(progress.overallProperty().get()).isEqualTo(0.55);
    }

    @Test
    void pausedTimeDoesNotCountAndTheButtonsFollowTheState() {
        progress.started(0);
        assertThat(progress.canPauseProperty().get()).isTrue();
        assertThat(progress.canResumeProperty().get()).isFalse();
        now.addAndGet(10 * SECOND);
        models(10, 0);

        progress.paused();
        assertThat(progress.stateProperty().get()).isEqualTo(State.PAUSED);
        assertThat(progress.etaProperty().get()).isEqualTo("Paused");
        assertThat(progress.canPauseProperty().get()).isFalse();
        assertThat(progress.canResumeProperty().get()).isTrue();
        assertThat(progress.canCancelProperty().get()).isTrue();
        now.addAndGet(3_600 * SECOND);

        progress.resumed();
        models(11, 0);
        // An hour of pause is not an hour of work: 11 users in 10 s.
        assertThat(progress.etaProperty().get()).isEqualTo("About 1 min left");

        progress.cancelling();
        assertThat(progress.stateProperty().get()).isEqualTo(State.CANCELLING);
        assertThat(progress.canCancelProperty().get()).isFalse();
        assertThat(progress.activeProperty().get()).isTrue();
        progress.ended(State.STOPPED, "Stopped: resume to go on where it stopped.");
        assertThat(progress.activeProperty().get()).isFalse();
        assertThat(progress.etaProperty().get()).isEqualTo("Stopped: resume to go on where it stopped.");
        assertThat(progress.overallTextProperty().get()).isEqualTo("11 of 100 user runs done");
    }

    @Test
    void durationsAreWrittenInTheLargestSensibleUnit() {
        assertThat(RunProgressViewModel.duration(0)).isEqualTo("1 s");
        assertThat(RunProgressViewModel.duration(59)).isEqualTo("59 s");
        assertThat(RunProgressViewModel.duration(150)).isEqualTo("3 min");
        assertThat(RunProgressViewModel.duration(4_800)).isEqualTo("1 h 20 min");
    }
}
