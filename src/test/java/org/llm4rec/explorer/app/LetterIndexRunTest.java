package org.llm4rec.explorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.port.RunSettings;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.candidates.CandidateProtocol;
import org.llm4rec.explorer.domain.candidates.CandidateSpec;
import org.llm4rec.explorer.domain.candidates.DemoSource;
import org.llm4rec.explorer.domain.grounding.Flag;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.parse.ParseStatus;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.domain.prompt.RankingStrategy;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.run.RunStatus;
import org.llm4rec.explorer.fake.FakeOllama;

/** LlamaRec's letter labels through a whole run: the prompt on the wire, the letters read back and flagged. */
class LetterIndexRunTest {
    private static final String MODEL = "llama3.2:3b";

    @TempDir
    Path dir;
    private SampleStore store;
    private FakeOllama ollama;
    private RecommendationService service;

    @BeforeEach
    void setUp() {
        store = new SampleStore(dir);
        ollama = FakeOllama.start().model(MODEL);
        service = store.service(ollama.baseUrl());
    }

    @AfterEach
    void tearDown() {
        ollama.close();
        store.close();
    }

    @Test
    void lettersOnTheWireAreMappedBackToTheCandidatesTheyLabelled() {
        ollama.reply(MODEL, "Answer: C, A, Z, C");

        RunRecord run = run(RankingStrategy.sequential(), 1);

        String sent = ollama.requests("/api/chat").get(0).json().path("messages").get(0).path("content").asText();
        List<Item> candidates = run.candidates().items();
        assertThat(sent).contains("(A) " + candidates.get(0).label()).contains("(E) " + candidates.get(4).label())
                .contains("index letters of the candidates (A to E)");
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.parseStatus()).isEqualTo(ParseStatus.LIST);
        List<Recommendation> list = run.recommendations();
        assertThat(list).hasSize(4);
        assertThat(list.get(0).grounding().item()).isEqualTo(candidates.get(2));
        assertThat(list.get(0).flags()).isEmpty();
        assertThat(list.get(1).grounding().item()).isEqualTo(candidates.get(0));
        assertThat(list.get(2).grounding().grounded()).isFalse();
        assertThat(list.get(2).flags()).contains(Flag.NOT_IN_CANDIDATES);
        assertThat(list.get(2).explanation()).contains("No candidate is labelled Z").contains("went up to E");
        assertThat(list.get(3).flags()).containsExactly(Flag.DUPLICATE);
        int target = candidates.indexOf(store.fantasy.targets().get(0));
        assertThat(list).filteredOn(Recommendation::hit)
                .allSatisfy(r -> assertThat(r.grounding().item()).isEqualTo(candidates.get(target)));
    }

    @Test
    void bootstrappedOrdersReadEachLetterAgainstItsOwnOrder() {
        ollama.reply(MODEL, "(A)");

        RunRecord run = run(RankingStrategy.sequential(), 2);

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.steps()).hasSize(2);
        List<String> firstOfEachOrder = run.steps().stream().map(s -> s.candidateOrder().get(0)).toList();
        assertThat(run.steps()).extracting(s -> s.rankedIds()).containsExactly(List.of(firstOfEachOrder.get(0)),
                List.of(firstOfEachOrder.get(1)));
        assertThat(run.recommendations()).allSatisfy(r -> assertThat(r.grounding().grounded()).isTrue());
    }

    private RunRecord run(PromptStrategy strategy, int orders) {
        RunSettings settings = new RunSettings(new CandidateSpec(CandidateProtocol.RANDOM_WITH_TARGET, 5, 7),
                DemoSource.OWN_HISTORY, 1, false, orders, true);
        return service.recommend(new RecommendationRequest(store.dataset, store.fantasy, strategy,
                strategy.defaultTemplate(), new ModelInfo(MODEL, "sha256:abc", "llama", "3B", "Q4_K_M", 1),
                FakeOllama.VERSION, GenerationOptions.defaults(), 3, List.of(), settings), LlmListener.NONE,
                new Cancellation());
    }
}
