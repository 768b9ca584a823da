package org.llm4rec.explorer.domain.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.candidates.UserHistory;

/**
 * The split, over thousands of random users and protocols: the held-out items never reach the history, the
 * candidates hold the targets only in the "target included" mode, and baselines never learn a user's target.
 */
class ProtocolSplitTest {
    private static final CatalogueIds CATALOGUE = catalogue(300);

    @Test
    void targetsNeverLeakIntoHistoriesOverManyRandomUsers() {
        Random random = new Random(1);
        int checked = 0;
        for (int user = 0; user < 3000; user++) {
            Protocol protocol = new Protocol(1 + random.nextInt(3), random.nextBoolean()
                    ? CandidateMode.TARGET_PLUS_RANDOM : CandidateMode.OPEN_CATALOGUE, 20, 1 + random.nextInt(60),
                    random.nextLong());
            List<String> interactions = randomHistory(random);
            SplitOutcome outcome = protocol.split("u" + user, interactions, CATALOGUE);
            if (outcome instanceof Exclusion exclusion) {
                assertThat(exclusion.reason()).isEqualTo(ExclusionReason.TOO_FEW_INTERACTIONS);
                continue;
            }
            UserSplit split = (UserSplit) outcome;
            checked++;
            List<String> lastK = interactions.subList(interactions.size() - protocol.heldOut(), interactions.size());
            assertThat(new HashSet<>(split.targets())).isEqualTo(new HashSet<>(lastK));
            assertThat(split.history()).doesNotContainAnyElementsOf(split.targets());
            assertThat(split.history().size()).isLessThanOrEqualTo(protocol.historyLimit());
            // The history is the latest part of what came before the targets, in order.
            List<String> before = new ArrayList<>(protocol.trainingPart(interactions));
            before.removeAll(split.targets());
            assertThat(before.subList(before.size() - split.history().size(), before.size()))
                    .isEqualTo(split.history());
            if (protocol.candidateMode() == CandidateMode.TARGET_PLUS_RANDOM) {
                assertThat(split.candidates()).hasSize(20).doesNotHaveDuplicates().containsAll(split.targets());
                Set<String> others = new HashSet<>(split.candidates());
                split.targets().forEach(others::remove);
                assertThat(others).doesNotContainAnyElementsOf(interactions);
            } else {
                assertThat(split.candidates()).isEmpty();
            }
            assertThat(protocol.split("u" + user, interactions, CATALOGUE)).as("the same seed, the same split")
                    .isEqualTo(split);
        }
        assertThat(checked).isGreaterThan(2500);
    }

    @Test
    void baselinesNeverRecommendFromTheUsersOwnTargetsKnowledge() {
        // Item-kNN and popularity learn from training parts only: with a target nobody else ever saw, no
        // training history holds it, so its score is 0 and it can only be placed by the candidates' order.
        Random random = new Random(2);
        Protocol protocol = new Protocol(1, CandidateMode.OPEN_CATALOGUE, 20, 50, 3);
        List<UserHistory> histories = new ArrayList<>();
        for (int u = 0; u < 200; u++) {
            List<String> items = randomHistory(random);
            items.add("i" + (250 + u % 50));
            histories.add(new UserHistory("u" + u, items));
        }
        List<UserHistory> training = histories.stream()
                .map(h -> new UserHistory(h.userId(), protocol.trainingPart(h.itemIds()))).toList();
        Baselines baselines = new Baselines(CATALOGUE, training, 3);
        for (UserHistory h : histories.subList(0, 20)) {
            UserSplit split = (UserSplit) protocol.split(h.userId(), h.itemIds(), CATALOGUE);
            for (Baseline b : Baseline.values()) {
                List<String> list = baselines.recommend(b, split, 20);
                assertThat(list).hasSize(20).doesNotContainAnyElementsOf(protocol.trainingPart(h.itemIds()));
            }
        }
    }

    @Test
    void usersTooShortForTheProtocolAreExcludedWithTheReason() {
        Protocol lastTwo = new Protocol(2, CandidateMode.TARGET_PLUS_RANDOM, 20, 50, 1);
        assertThat(lastTwo.split("u", List.of("i1", "i2"), CATALOGUE))
                .isEqualTo(new Exclusion("u", ExclusionReason.TOO_FEW_INTERACTIONS));
        assertThat(lastTwo.split("u", List.of("i1", "i2", "unknown"), CATALOGUE))
                .isEqualTo(new Exclusion("u", ExclusionReason.TARGET_NOT_IN_CATALOGUE));
        Protocol big = new Protocol(1, CandidateMode.TARGET_PLUS_RANDOM, 100, 50, 1);
        assertThat(big.split("u", List.of("i1", "i2"), catalogue(50)))
                .isEqualTo(new Exclusion("u", ExclusionReason.TOO_FEW_CANDIDATES));
    }

    @Test
    void theDescriptionNamesTheCandidateModeAndTheCut() {
        assertThat(Protocol.leaveLastOneOut().describe()).contains("Leave-last-one-out",
                "M with the target included", "M=20", "last 50 items");
        assertThat(Protocol.leaveLastOneOut().label()).contains("M=20 with the target included");
        assertThat(new Protocol(3, CandidateMode.OPEN_CATALOGUE, 0, 10, 1).describe())
                .contains("Leave-last-3-out", "Open generation over the whole catalogue");
        assertThatThrownBy(() -> new Protocol(1, CandidateMode.TARGET_PLUS_RANDOM, 1, 10, 1))
                .hasMessageContaining("candidate set (M)");
    }

    private static List<String> randomHistory(Random random) {
        int length = 1 + random.nextInt(80);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            items.add("i" + random.nextInt(250));
        }
        return items;
    }

    private static CatalogueIds catalogue(int size) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ids.add("i" + i);
        }
        return new CatalogueIds(ids);
    }
}
