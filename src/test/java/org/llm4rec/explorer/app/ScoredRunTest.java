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
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.Reaction;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.prompt.CandidateQuestionStrategy;
import org.llm4rec.explorer.domain.prompt.PairwiseStrategy;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.run.RunStatus;
import org.llm4rec.explorer.fake.FakeOllama;

/**
 * Rating, Yes/No and pairwise runs against the fake Ollama over HTTP, with scripted answers whose RMSE/MAE,
 * accuracy/AUC and pairwise accuracy are worked out by hand, and the scores kept on the stored run.
 */
class ScoredRunTest {
    private static final String MODEL = "llama3.2:3b";
    private static final Pattern OPTION = Pattern.compile("(?m)^\\(([AB])\\) (.+)$");

    @TempDir
    Path dir;
    private SampleStore store;
    private FakeOllama ollama;
    private RecommendationService service;
    private Profile profile;
    /** The four held-out candidates, in the order they are asked about. */
    private List<Item> candidates;

    @BeforeEach
    void setUp() {
        store = new SampleStore(dir);
        ollama = FakeOllama.start().model(MODEL);
        service = store.service(ollama.baseUrl());
        profile = heldOutLastFour(store.fantasy);
        store.profiles.save(profile);
        candidates = profile.entries().stream().filter(ProfileEntry::heldOut).map(ProfileEntry::item)
                .toList().subList(0, 4);
    }

    /**
     * The last four visible entries become held-out with known truth: rated 3, rated 5, unrated but disliked,
     * rated 4; the profile's own targets stay held out after them and are not asked about.
     */
    private static Profile heldOutLastFour(Profile fantasy) {
        List<ProfileEntry> visible = fantasy.visibleHistory();
        List<ProfileEntry> known = visible.subList(visible.size() - 4, visible.size());
        List<ProfileEntry> entries = new ArrayList<>(visible.subList(0, visible.size() - 4));
        entries.add(known.get(0).withRating(3.0).withHeldOut(true));
        entries.add(known.get(1).withRating(5.0).withHeldOut(true));
        entries.add(known.get(2).withRating(null).withReaction(Reaction.DISLIKED).withHeldOut(true));
        entries.add(known.get(3).withRating(4.0).withHeldOut(true));
        fantasy.entries().stream().filter(ProfileEntry::heldOut).forEach(entries::add);
        return new Profile("scored-reader", "Scored reader", fantasy.datasetId(), "", entries, "");
    }

    @AfterEach
    void tearDown() {
        ollama.close();
        store.close();
    }

    @Test
    void pointwiseRunShowsRmseAndMaeOnTheRatedCandidates() {
        // Rated 3 → "4" (+1), rated 5 → "4" (−1), disliked without rating → not scored, rated 4 → "2" (−2):
        // RMSE = sqrt((1 + 1 + 4) / 3) = 1.41, MAE = (1 + 1 + 2) / 3 = 1.33.
        answerPerTarget(List.of("4", "I would give it 4.", "5", "2"));

        RunRecord run = run(CandidateQuestionStrategy.pointwiseRating());

        assertThat(chatCount()).isEqualTo(4);
        assertThat(run.message()).contains("Scored: RMSE 1.41 · MAE 1.33 on 3 rated items");
        assertThat(store.runs.find(run.id()).orElseThrow().message()).isEqualTo(run.message());
    }

    @Test
    void yesNoRunShowsAccuracyAndAucAgainstWhatTheProfileLikes() {
        // Truth: rated 3 → not liked, rated 5 → liked, disliked → not liked, rated 4 → liked.
        // Answers lean to Yes 0.7, 0.9, 0.2 (No at 80%), 0.4 (No at 60%). Decisions right on the 5 and the
        // disliked one: accuracy 2 / 4 = 0.50. AUC, liked {0.9, 0.4} vs not liked {0.7, 0.2}:
        // 0.9>0.7 1, 0.9>0.2 1, 0.4<0.7 0, 0.4>0.2 1 = 3 / 4 = 0.75.
        answerPerTarget(List.of("Yes, confidence 0.7", "Yes, confidence 0.9", "No (80% sure)",
                "No, confidence 0.6"));

        RunRecord run = run(CandidateQuestionStrategy.yesNo());

        assertThat(run.message()).contains("Scored: accuracy 0.50 · AUC 0.75 on 4 items");
    }

    @Test
    void pairwiseRunShowsTheShareOfKnownPreferencesItGotRight() {
        // The candidates, in order: 0 Assassin's Apprentice (rated 3), 1 The Lies of Locke Lamora (5), 2 The Wise
        // Man's Fear (disliked, unrated), 3 The Final Empire (4). The model prefers them in the order 1, 2, 0, 3.
        // Pairs with a known preference: (0,1) picks 1, right; (0,3) picks 0, wrong; (1,3) picks 1, right: 2 / 3.
        List<Item> preferred = List.of(candidates.get(1), candidates.get(2), candidates.get(0), candidates.get(3));
        ollama.replies(MODEL, prompt -> {
            Matcher m = OPTION.matcher(prompt);
            List<Integer> ranks = new ArrayList<>();
            while (m.find()) {
                String option = m.group(2);
                ranks.add(preferred.stream().map(Item::label).toList().indexOf(option));
            }
            return ranks.get(0) < ranks.get(1) ? "The answer index is A" : "(B)";
        });

        RunRecord run = run(new PairwiseStrategy());

        assertThat(chatCount()).isEqualTo(6);
        assertThat(candidates.get(0).title()).startsWith("Assassin's Apprentice");
        assertThat(run.message()).contains("Scored: pairwise accuracy 0.67 (2 of 3 pairs with a known preference).");
    }

    /** Answers each question by the held-out candidate its prompt asks about. */
    private void answerPerTarget(List<String> answers) {
        ollama.replies(MODEL, prompt -> {
            for (int i = 0; i < candidates.size(); i++) {
                if (prompt.contains("\"" + candidates.get(i).label() + "\"")) {
                    return answers.get(i);
                }
            }
            return "no idea";
        });
    }

    private RunRecord run(PromptStrategy strategy) {
        RunRecord run = service.recommend(new RecommendationRequest(store.dataset, profile, strategy,
                strategy.defaultTemplate(), new ModelInfo(MODEL, "sha256:abc", "llama", "3B", "Q4_K_M", 1),
                FakeOllama.VERSION, GenerationOptions.defaults(), 4, candidates), LlmListener.NONE,
                new Cancellation());
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        return run;
    }

    private long chatCount() {
        return ollama.requests().stream().filter(r -> r.path().equals("/api/chat"))
                .filter(r -> !r.json().path("messages").isEmpty()).count();
    }
}
