package org.llm4rec.explorer.domain.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.study.Study;
import org.llm4rec.explorer.domain.study.StudyKind;
import org.llm4rec.explorer.domain.study.StudyPoint;
import org.llm4rec.explorer.domain.study.StudySpec;
import org.llm4rec.explorer.domain.study.SweepAxis;
import org.llm4rec.explorer.domain.study.SweepParameter;

/** The protocol variants the studies need: a shuffled or fake history, and the target at a fixed position. */
class StudyProtocolTest {
    private static final List<String> INTERACTIONS = ids(1, 31);
    private static final CatalogueIds CATALOGUE = new CatalogueIds(ids(1, 300));

    private static List<String> ids(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            ids.add("m" + i);
        }
        return ids;
    }

    private static UserSplit split(Protocol protocol) {
        return (UserSplit) protocol.split("42", INTERACTIONS, CATALOGUE);
    }

    @Test
    void aShuffledHistoryShowsTheSameItemsInAnotherOrderBesideTheSameCandidates() {
        Protocol real = Protocol.leaveLastOneOut().withHistoryLimit(10);
        UserSplit asHappened = split(real);
        UserSplit shuffled = split(real.withHistoryOrder(HistoryOrder.SHUFFLED));

        assertThat(shuffled.history()).containsExactlyInAnyOrderElementsOf(asHappened.history())
                .isNotEqualTo(asHappened.history());
        assertThat(shuffled.known().subList(0, 20)).isEqualTo(asHappened.known().subList(0, 20));
        assertThat(shuffled.candidates()).isEqualTo(asHappened.candidates());
        assertThat(shuffled.targets()).containsExactly("m31");
    }

    @Test
    void aFakeHistoryShowsUnseenItemsThatAreNoCandidatesWhileTheRealOnesStillCountAsSeen() {
        UserSplit fake = split(Protocol.leaveLastOneOut().withHistoryLimit(10).withHistoryOrder(HistoryOrder.FAKE));

        assertThat(fake.history()).hasSize(10).doesNotContainAnyElementsOf(INTERACTIONS)
                .doesNotContainAnyElementsOf(fake.candidates()).doesNotHaveDuplicates();
        assertThat(fake.known()).containsAll(ids(1, 30));
        assertThat(fake.candidates()).contains("m31");
    }

    @Test
    void theTargetStandsWhereTheProtocolPutsItAndTheOtherCandidatesKeepTheirDraw() {
        Protocol drawn = Protocol.leaveLastOneOut();
        for (int position : List.of(1, 7, 20)) {
            UserSplit placed = split(drawn.withTargetPosition(position));
            assertThat(placed.candidates().get(position - 1)).isEqualTo("m31");
            assertThat(new HashSet<>(placed.candidates())).isEqualTo(new HashSet<>(split(drawn).candidates()));
        }
        assertThatThrownBy(() -> drawn.withTargetPosition(21)).hasMessageContaining("1 to M=20");
        assertThatThrownBy(() -> new Protocol(1, CandidateMode.OPEN_CATALOGUE, 20, 50, 42, false,
                HistoryOrder.REAL, 3)).hasMessageContaining("one held-out target planted");
    }

    @Test
    void filesKeepTheVariantsAndOrdinaryDefinitionsAreWrittenAsBefore() {
        Protocol variant = Protocol.leaveLastOneOut().withHistoryOrder(HistoryOrder.FAKE).withTargetPosition(5);
        ExperimentDefinition definition = new ExperimentDefinition("Variant", "ml-1m", UserSample.random(10, 1),
                variant, List.of(Configuration.of(Baseline.RANDOM)), 1);

        String text = ExperimentJson.write(definition);

        assertThat(text).contains("\"historyOrder\" : \"fake\"").contains("\"targetPosition\" : 5")
                .contains("fake history").contains("position 5 of the 20 candidates");
        assertThat(ExperimentJson.read(text, "variant.json")).isEqualTo(definition);
        String plain = ExperimentJson.write(new ExperimentDefinition("Plain", "ml-1m", UserSample.random(10, 1),
                Protocol.leaveLastOneOut(), List.of(Configuration.of(Baseline.RANDOM)), 1));
        assertThat(plain).doesNotContain("historyOrder").doesNotContain("targetPosition");
        assertThatThrownBy(() -> ExperimentJson.read(plain.replace("\"heldOut\"", "\"historyOrder\": \"backwards\","
                + " \"heldOut\""), "bad.json")).hasMessageContaining("bad.json")
                .hasMessageContaining("protocol.historyOrder").hasMessageContaining("shuffled");
    }

    @Test
    void aSweepOfTwoParametersRunsEveryCombinationAsItsOwnExperimentDrawnInOnePanelPerValue() {
        StudySpec spec = StudySpec.of(StudyKind.SWEEP, "ml-1m", UserSample.random(10, 1), "llama3.2:3b")
                .withSweep(SweepParameter.TEMPERATURE, List.of("0", "0.7"))
                .withPanels(List.of(SweepAxis.parse("candidates=5,10,20")));

        Study study = Study.plan("T by M", spec);

        assertThat(study.definitions()).hasSize(6);
        assertThat(study.panels()).containsExactly("candidates=5", "candidates=10", "candidates=20");
        for (StudyPoint point : study.points()) {
            ExperimentDefinition d = study.definitions().get(point.definitionIndex());
            int m = Integer.parseInt(point.panel().substring("candidates=".length()));
            assertThat(d.protocol().candidateCount()).isEqualTo(m);
            assertThat(d.configurations().get(0).options().temperature())
                    .isEqualTo(Double.parseDouble(point.xLabel().substring("temperature=".length())));
            assertThat(d.name()).isEqualTo("T by M · " + point.panel() + ", " + point.xLabel());
        }
        assertThat(study.describe()).contains("with temperature varied; one chart per M (candidates)");

        assertThatThrownBy(() -> Study.plan("Twice", spec.withPanels(List.of(SweepAxis.parse("temperature=1")))))
                .hasMessageContaining("each parameter once; temperature is given twice");
        assertThatThrownBy(() -> SweepAxis.parse("candidates")).hasMessageContaining("parameter=value,value");
        assertThatThrownBy(() -> SweepAxis.parse("candidates=5,many")).hasMessageContaining("\"many\" is not one");
        assertThatThrownBy(() -> StudySpec.of(StudyKind.ORDER, "ml-1m", UserSample.random(10, 1), "m")
                .withPanels(List.of(SweepAxis.parse("candidates=5"))))
                .hasMessageContaining("Only a sweep draws panels");
    }

    @Test
    void aSavedTemplateVersionIsPartOfTheConfigurationItsFileAndItsKeyWhileTheBuiltInKeepsItsOldKey() {
        Configuration builtIn = Configuration.llm("llmrank-sequential", "llama3.2:3b", null, null);
        Configuration edited = builtIn.withTemplateVersion(2);
        ExperimentDefinition definition = new ExperimentDefinition("Templates", "ml-1m", UserSample.random(10, 1),
                Protocol.leaveLastOneOut(), List.of(builtIn, edited), 1);

        String text = ExperimentJson.write(definition);

        assertThat(text).containsOnlyOnce("\"templateVersion\" : 2");
        assertThat(ExperimentJson.read(text, "templates.json")).isEqualTo(definition);
        assertThat(edited.key()).isNotEqualTo(builtIn.key());
        // The key of the built-in template is the one results were stored under before versions could be chosen.
        assertThat(builtIn.key()).isEqualTo("llmrank-sequential:llama3.2:3b:ca8609906bb7");
        assertThat(edited.label()).isEqualTo("llmrank-sequential · llama3.2:3b · template v2");
        assertThatThrownBy(() -> ExperimentJson.read(text.replace("\"templateVersion\" : 2",
                "\"templateVersion\" : 0"), "bad.json")).hasMessageContaining("bad.json")
                .hasMessageContaining("Template version: 1 (the built-in one)");
    }
}
