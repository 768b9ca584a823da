package org.llm4rec.explorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.port.RunSettings;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.candidates.CandidateProtocol;
import org.llm4rec.explorer.domain.candidates.CandidateSpec;
import org.llm4rec.explorer.domain.candidates.DemoSource;
import org.llm4rec.explorer.domain.grounding.Flag;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.prompt.NirStrategy;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.domain.prompt.RankingStrategy;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.run.RunStatus;
import org.llm4rec.explorer.domain.run.RunStep;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.fake.RecordedRequest;

/** Strategies that need several calls, run against the fake Ollama over HTTP with the real SQLite store. */
class StrategyRunTest {
    private static final String MODEL = "llama3.2:3b";
    /** A numbered candidate line as the prompts write it: "3. Title by Author". */
    private static final Pattern NUMBERED = Pattern.compile("(?m)^\\d+\\. (.+)$");

    @TempDir
    Path dir;
    private SampleStore store;
    private Profile fantasy;
    private FakeOllama ollama;
    private RecommendationService service;

    @BeforeEach
    void setUp() {
        store = new SampleStore(dir);
        fantasy = store.fantasy;
        ollama = FakeOllama.start().model(MODEL);
        service = store.service(ollama.baseUrl());
    }

    @AfterEach
    void tearDown() {
        ollama.close();
        store.close();
    }

    @Test
    void nirRunsThreeChainedCallsAndKeepsEveryStep() {
        ollama.replies(MODEL, prompt -> {
            if (prompt.contains("Step 3:")) {
                List<String> candidates = candidateLines(prompt);
                return "1. The Hobbit -> " + candidates.get(0) + "\n2. The Name of the Wind -> " + candidates.get(1);
            }
            return prompt.contains("Step 2:") ? "1. The Hobbit\n2. The Name of the Wind"
                    : "You like long epic fantasy with intricate magic.";
        });

        RunRecord run = service.recommend(request(new NirStrategy(), settings(1)), LlmListener.NONE,
                new Cancellation());

        List<String> sent = chatPrompts();
        assertThat(sent).hasSize(3);
        assertThat(sent.get(0)).contains("Step 1:").doesNotContain("Step 2:");
        assertThat(sent.get(1)).contains("Answer: You like long epic fantasy with intricate magic.")
                .contains("Step 2:").doesNotContain("Step 3:");
        assertThat(sent.get(2)).contains("Answer: 1. The Hobbit\n2. The Name of the Wind").contains("Step 3:");
        assertThat(run.steps()).extracting(RunStep::prompt).containsExactlyElementsOf(sent);
        assertThat(run.steps()).extracting(RunStep::name)
                .containsExactly("Preferences", "Representative items", "Recommendations");
        assertThat(run.steps().get(0).rawResponse()).isEqualTo("You like long epic fantasy with intricate magic.");
        assertThat(run.steps()).allSatisfy(s -> assertThat(s.metrics()).isNotNull());

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.recommendations()).hasSize(2).allSatisfy(r -> {
            assertThat(r.grounding().grounded()).isTrue();
            assertThat(r.flags()).doesNotContain(Flag.NOT_IN_CANDIDATES);
        });
        assertThat(run.recommendations().get(0).explanation()).contains("Paired with The Hobbit");
        assertThat(run.candidates().includesTarget()).isTrue();
        assertThat(run.candidates().items()).hasSize(8).contains(fantasy.targets().get(0));
        assertThat(run.metrics().outputTokens()).isPositive();

        RunRecord stored = store.runs.find(run.id()).orElseThrow();
        assertThat(stored.steps()).isEqualTo(run.steps());
        assertThat(stored.candidates()).isEqualTo(run.candidates());
    }

    @Test
    void bootstrappingRanksShuffledOrdersAndShowsHowFarEachItemMoves() {
        // A model with total position bias: it ranks the candidates in the order it was shown them.
        ollama.replies(MODEL, prompt -> {
            StringBuilder answer = new StringBuilder();
            List<String> lines = candidateLines(prompt);
            for (int i = 0; i < lines.size(); i++) {
                answer.append(i + 1).append(". ").append(lines.get(i)).append('\n');
            }
            return answer.toString();
        });

        RunRecord run = service.recommend(request(RankingStrategy.sequential(), settings(3)), LlmListener.NONE,
                new Cancellation());

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.steps()).hasSize(3);
        List<List<String>> orders = run.steps().stream().map(RunStep::candidateOrder).toList();
        assertThat(orders).doesNotHaveDuplicates()
                .allSatisfy(o -> assertThat(o).containsExactlyInAnyOrderElementsOf(orders.get(0)));
        assertThat(run.steps()).allSatisfy(s -> assertThat(s.rankedIds()).isEqualTo(s.candidateOrder()));
        assertThat(orders.get(0)).isEqualTo(run.candidates().items().stream().map(Item::id).toList());
        List<String> sent = chatPrompts();
        assertThat(sent).hasSize(3).doesNotHaveDuplicates();

        assertThat(run.recommendations()).hasSize(8).allSatisfy(r -> assertThat(r.grounding().grounded()).isTrue());
        assertThat(run.recommendations()).extracting(Recommendation::explanation)
                .allSatisfy(e -> assertThat(e).startsWith("Borda score").contains("rank in each order"))
                .anySatisfy(e -> assertThat(e).containsPattern("moves by [1-9]"));
        assertThat(run.message()).contains("3 shuffled candidate orders");
    }

    @Test
    void nativeThinkingIsSentAndItsTraceKeptApartFromTheRanking() {
        ollama.thinking(MODEL, "Weighing the epic fantasy candidates.");
        ollama.replies(MODEL, prompt -> "Ranking:\n1. " + candidateLines(prompt).get(0));
        RunSettings thinking = new RunSettings(new CandidateSpec(CandidateProtocol.RANDOM_WITH_TARGET, 8, 5),
                DemoSource.OWN_HISTORY, 1, true, 1);

        RunRecord run = service.recommend(request(RankingStrategy.chainOfThought(), thinking), LlmListener.NONE,
                new Cancellation());

        RecordedRequest chat = chats().get(0);
        assertThat(chat.json().path("think").asBoolean()).isTrue();
        assertThat(run.options().think()).isTrue();
        assertThat(run.prompt()).doesNotContain("\"Reasoning:\"");
        assertThat(run.thinking()).contains("Weighing the epic fantasy candidates.");
        assertThat(run.recommendations()).hasSize(1);
    }

    @Test
    void fewShotFromTheUsersOwnHistoryShowsItsDemonstration() {
        ollama.replies(MODEL, prompt -> "1. " + candidateLines(prompt).get(0));

        RunRecord run = service.recommend(request(RankingStrategy.inContext(), settings(1)), LlmListener.NONE,
                new Cancellation());

        String last = fantasy.visibleHistory().get(fantasy.visibleHistory().size() - 1).item().label();
        assertThat(run.prompt()).contains("Example 1, from my own history:")
                .contains("Then you should recommend: " + last)
                .doesNotContain(fantasy.targets().get(0).title() + "\nThen");
    }

    private RecommendationRequest request(PromptStrategy strategy, RunSettings settings) {
        return new RecommendationRequest(store.dataset, fantasy, strategy, strategy.defaultTemplate(),
                new ModelInfo(MODEL, "sha256:abc", "llama", "3B", "Q4_K_M", 1), FakeOllama.VERSION,
                GenerationOptions.defaults(), 2, List.of(), settings);
    }

    private static RunSettings settings(int orders) {
        return new RunSettings(new CandidateSpec(CandidateProtocol.RANDOM_WITH_TARGET, 8, 5),
                DemoSource.OWN_HISTORY, 1, false, orders);
    }

    /** The candidate lines of a prompt: the numbered lines after the first line mentioning candidates. */
    private static List<String> candidateLines(String prompt) {
        int start = prompt.toLowerCase().indexOf("candidate");
        String rest = prompt.substring(prompt.indexOf('\n', start) + 1);
        String block = rest.split("\n\n", 2)[0];
        List<String> lines = new ArrayList<>();
        Matcher m = NUMBERED.matcher(block);
        while (m.find()) {
            lines.add(m.group(1));
        }
        return lines;
    }

    private List<RecordedRequest> chats() {
        return ollama.requests().stream().filter(r -> r.path().equals("/api/chat"))
                .filter(r -> !r.json().path("messages").isEmpty()).toList();
    }

    private List<String> chatPrompts() {
        return chats().stream().map(r -> {
            var messages = r.json().path("messages");
            return messages.get(messages.size() - 1).path("content").asText();
        }).toList();
    }
}
