package org.llm4rec.explorer.domain.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
