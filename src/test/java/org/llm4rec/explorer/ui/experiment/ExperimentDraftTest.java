package org.llm4rec.explorer.ui.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.experiment.Baseline;
import org.llm4rec.explorer.domain.experiment.CandidateMode;
import org.llm4rec.explorer.domain.experiment.Configuration;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.experiment.UserSample;

class ExperimentDraftTest {
    private final SimpleObjectProperty<Dataset> dataset =
            new SimpleObjectProperty<>(new Dataset("ml", "MovieLens", "movie", "1", 50));
    private final ExperimentDraft draft = new ExperimentDraft(dataset);

    @Test
    void configurationsAreEveryStrategyModelTemperatureAndSeedThenTheTickedBaselines() {
        draft.nameProperty().set("Grid");
        draft.strategies().setAll("llmrank-sequential", "llmrank-recency");
        draft.models().setAll("llama3.2:3b");
        draft.temperaturesProperty().set("0.0, 0.7");
        draft.seedsProperty().set("1 2");
        draft.itemKnnProperty().set(false);

        ExperimentDefinition d = draft.build();

        assertThat(d.datasetId()).isEqualTo("ml");
        assertThat(d.configurations()).hasSize(2 * 2 * 2 + 2);
        assertThat(d.configurations()).filteredOn(Configuration::isBaseline).extracting(Configuration::baseline)
                .containsExactly(Baseline.POPULARITY, Baseline.RANDOM);
        assertThat(d.configurations().get(1).options().seed()).isEqualTo(2);
        assertThat(d.configurations().get(2).options().temperature()).isEqualTo(0.7);
        assertThat(draft.problemProperty().get()).isEmpty();
        assertThat(draft.summaryProperty().get())
                .isEqualTo("8 model configurations × 1 repeat + 2 baselines; 50 random users (seed 42).");
    }

    @Test
    void aLoadedDefinitionBuildsTheSameDefinitionAgain() {
        draft.nameProperty().set("Round trip");
        draft.sampleKindProperty().set(UserSample.Kind.CATEGORY);
        draft.categoryProperty().set("Comedy");
        draft.heldOutProperty().set(2);
        draft.candidateCountProperty().set(30);
        draft.strategies().setAll("llmrank-sequential");
        draft.models().setAll("llama3.2:3b", "qwen3:4b");
        draft.repeatsProperty().set(3);
        ExperimentDefinition first = draft.build();

        ExperimentDraft other = new ExperimentDraft(dataset);
        other.load(first);

        assertThat(other.build()).isEqualTo(first);
    }

    @Test
    void whatIsWrongIsSaidAsItIsTyped() {
        assertThat(draft.problemProperty().get()).isEqualTo("An experiment needs a name.");
        draft.nameProperty().set("Named");
        assertThat(draft.problemProperty().get()).isEmpty();
        draft.strategies().setAll("llmrank-sequential");
        assertThat(draft.problemProperty().get()).isEqualTo("Tick at least one model for the chosen strategies.");
        draft.models().setAll("llama3.2:3b");
        draft.temperaturesProperty().set("0.2, warm");
        assertThat(draft.problemProperty().get()).startsWith("Temperatures: \"warm\" is not a number");
        assertThat(draft.summaryProperty().get()).isEmpty();
        draft.temperaturesProperty().set("0.2");
        draft.nameProperty().set(" ");
        assertThat(draft.problemProperty().get()).isEqualTo("An experiment needs a name.");
        draft.nameProperty().set("Named");
        draft.candidateCountProperty().set(1);
        assertThat(draft.problemProperty().get()).contains("candidate set (M)");
        assertThat(draft.protocolTextProperty().get()).contains("candidate set (M)");
        dataset.set(null);
        assertThat(draft.problemProperty().get()).isEqualTo("Load a dataset with interactions first.");
    }

    @Test
    void theProtocolTextFollowsTheFields() {
        assertThat(draft.protocolTextProperty().get()).startsWith("Leave-last-one-out")
                .contains("M with the target included (LLMRank)");
        draft.candidateModeProperty().set(CandidateMode.OPEN_CATALOGUE);
        draft.heldOutProperty().set(3);
        assertThat(draft.protocolTextProperty().get()).startsWith("Leave-last-3-out")
                .contains("Open generation over the whole catalogue");
    }
}
