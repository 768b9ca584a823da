package org.llm4rec.explorer.domain.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.grounding.Grounding;
import org.llm4rec.explorer.domain.grounding.GroundingMethod;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.run.RunStatus;

class BlindPlanTest {
    private static final RunRecord ZERO = run("r1", "p1", "zero-shot", "llama3", "Dune", "Emma", "Ulysses");
    private static final RunRecord FEW = run("r2", "p1", "few-shot", "llama3", "Emma", "Dune", "Persuasion");
    private static final RunRecord OTHER_PROFILE = run("r3", "p2", "few-shot", "qwen2", "Dune", "Emma", "Ulysses");
    private static final RunRecord SAME_CONFIG = run("r4", "p1", "zero-shot", "llama3", "Dune", "Emma", "Ulysses");

    @Test
    void pairsExplanationsOfTheSameItemAndWholeListsOfTheSameProfileOnly() {
        List<BlindPair> pairs = new BlindPlan(true, true, 0, 7, 100)
                .pairs(List.of(ZERO, FEW, OTHER_PROFILE, SAME_CONFIG), RunRecord::strategyId);

        // r1 and r4 share a configuration, r3 another profile: only r1/r2 and r4/r2 pair up
        assertThat(pairs).hasSize(6);
        assertThat(pairs).filteredOn(p -> p.kind() == PairKind.EXPLANATION).extracting(BlindPair::itemTitle)
                .containsOnly("Dune", "Emma");
        assertThat(pairs).allSatisfy(p -> {
            assertThat(p.profileId()).isEqualTo("p1");
            assertThat(Set.of(p.left().run().id(), p.right().run().id())).contains("r2");
            if (p.kind() == PairKind.EXPLANATION) {
                assertThat(p.left().recommendation().title()).isEqualTo(p.right().recommendation().title());
            }
        });
    }

    @Test
    void theConfiguredShareOfPairsComesBackLaterWithTheSidesExchanged() {
        List<RunRecord> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            runs.add(run("run" + i, "p1", "strategy" + i, "m", "A", "B", "C", "D"));
        }
        List<BlindPair> session = new BlindPlan(true, false, 0.25, 42, 100).pairs(runs, RunRecord::strategyId);

        List<BlindPair> originals = session.stream().filter(p -> !p.swapped()).toList();
        List<BlindPair> reShows = session.stream().filter(BlindPair::swapped).toList();
        assertThat(originals).hasSize(40); // 10 run pairs × 4 shared items
        assertThat(reShows).hasSize(10);
        Map<String, BlindPair> byKey = originals.stream().collect(Collectors.toMap(BlindPair::pairKey, p -> p));
        for (BlindPair again : reShows) {
            BlindPair first = byKey.get(again.pairKey());
            assertThat(again.left().source()).isEqualTo(first.right().source());
            assertThat(again.right().source()).isEqualTo(first.left().source());
            assertThat(session.indexOf(again)).isGreaterThan(session.indexOf(first));
        }
        // sides are drawn at random: the run with the smaller id is not always on the left
        assertThat(originals).anyMatch(p -> p.left().run().id().compareTo(p.right().run().id()) > 0);
        assertThat(originals).anyMatch(p -> p.left().run().id().compareTo(p.right().run().id()) < 0);
    }

    @Test
    void theSameSeedRebuildsTheSameSession() {
        BlindPlan plan = new BlindPlan(true, true, 0.5, 3, 100);
        assertThat(plan.pairs(List.of(FEW, ZERO), RunRecord::strategyId))
                .isEqualTo(plan.pairs(List.of(ZERO, FEW), RunRecord::strategyId));
    }

    private static RunRecord run(String id, String profile, String strategy, String model, String... titles) {
        List<Recommendation> list = new ArrayList<>();
        for (String title : titles) {
            Item item = new Item("id-" + title, title, "", null, "", 0);
            list.add(new Recommendation(list.size() + 1, title, "", "Because of " + title + " in " + id,
                    new Grounding(item, GroundingMethod.EXACT, 1), Set.of(), false));
        }
        return RunRecord.builder()
                .id(id)
                .createdAt(Instant.EPOCH)
                .datasetId("d")
                .datasetVersion("v")
                .profileId(profile)
                .profileName("Reader")
                .strategyId(strategy)
                .templateId(strategy)
                .templateVersion(1)
                .model(model)
                .options(GenerationOptions.defaults())
                .prompt("prompt")
                .promptHash("hash")
                .rawResponse("raw")
                .thinking("")
                .parseStatus(null)
                .recommendations(list)
                .status(RunStatus.COMPLETED)
                .message("")
                .build();
    }
}
