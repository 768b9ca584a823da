package org.llm4rec.explorer.app.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.candidates.CandidateGenerator;
import org.llm4rec.explorer.domain.candidates.CandidateProtocol;
import org.llm4rec.explorer.domain.candidates.CandidateSpec;
import org.llm4rec.explorer.domain.experiment.Baseline;
import org.llm4rec.explorer.domain.experiment.CandidateMode;
import org.llm4rec.explorer.domain.experiment.Configuration;
import org.llm4rec.explorer.domain.experiment.ExclusionReason;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.experiment.ExperimentJson;
import org.llm4rec.explorer.domain.experiment.ExperimentReport;
import org.llm4rec.explorer.domain.experiment.PromptSettings;
import org.llm4rec.explorer.domain.experiment.Protocol;
import org.llm4rec.explorer.domain.experiment.UserResult;
import org.llm4rec.explorer.domain.experiment.UserSample;
import org.llm4rec.explorer.domain.grounding.Flag;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.prompt.CandidateQuestionStrategy;
import org.llm4rec.explorer.domain.prompt.NirStrategy;
import org.llm4rec.explorer.domain.prompt.RankingStrategy;
import org.llm4rec.explorer.domain.prompt.ZeroShotDirectStrategy;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.users.TimelineEntry;
import org.llm4rec.explorer.store.SqliteCatalogueRepository;
import org.llm4rec.explorer.store.SqliteDatasetUsers;
import org.llm4rec.explorer.store.SqliteRunRepository;
import org.llm4rec.explorer.store.SqliteUserHistories;

/**
 * Experiments over users with long, rated histories ({@link LongHistoryUsers}), through the fake Ollama over HTTP
 * and a real SQLite file: what counts as seen, what prompts show and say, and NIR's user-filtering candidates.
 */
class KnownHistoryExperimentTest {
    private static final String MODEL = "llama3.2:3b";

    @TempDir
    Path dir;
    private ExperimentStore store;

    @BeforeEach
    void setUp() throws Exception {
        store = new ExperimentStore(dir, LongHistoryUsers.write(dir.resolve("long")), "Long histories", MODEL,
                LongHistoryUsers::answer);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private ExperimentReport run(ExperimentDefinition definition) {
        ExperimentRunner runner = store.runner(2);
        return runner.run(runner.start(definition), ExperimentListener.NONE, new ExperimentControl());
    }

    private static Configuration llm(String strategyId) {
        return Configuration.llm(strategyId, MODEL, GenerationOptions.defaults(), PromptSettings.defaults());
    }

    private static List<UserResult> of(ExperimentReport report, Configuration configuration) {
        return report.results().stream().filter(r -> r.configurationKey().equals(configuration.key())).toList();
    }

    private RunRecord storedRun(ExperimentReport report, Configuration configuration, String userId) {
        UserResult result = of(report, configuration).stream().filter(r -> r.userId().equals(userId)).findFirst()
                .orElseThrow();
        return new SqliteRunRepository(store.db).find(result.runId()).orElseThrow();
    }

    /** Every item of the user's history before the target. */
    private Set<String> known(String userId) {
        List<String> ids = new SqliteDatasetUsers(store.db).history(store.datasetId, userId).stream()
                .map(e -> e.item().id()).toList();
        return new HashSet<>(ids.subList(0, ids.size() - 1));
    }

    @Test
    void anItemOlderThanThePromptsCutIsSeenAndEveryListDropsTheSameSeenItems() {
        Configuration zeroShot = llm(ZeroShotDirectStrategy.ID);
        List<Configuration> baselines = List.of(Configuration.of(Baseline.POPULARITY),
                Configuration.of(Baseline.ITEM_KNN), Configuration.of(Baseline.RANDOM));
        List<Configuration> all = new ArrayList<>(List.of(zeroShot));
        all.addAll(baselines);
        ExperimentReport report = run(new ExperimentDefinition("Seen", store.datasetId, UserSample.random(0, 1),
                new Protocol(1, CandidateMode.OPEN_CATALOGUE, 0, 3, 1), all, 1));

        assertThat(report.protocolText()).contains("anywhere in the history, not only the last 3")
                .contains("the models' and the baselines' alike");
        RunRecord first = storedRun(report, zeroShot, "1");
        assertThat(first.prompt()).contains("Seen 01-58", "Seen 01-59", "Seen 01-60").doesNotContain("Seen 01-57")
                .doesNotContain("Blockbuster");
        Map<String, Recommendation> byItem = first.recommendations().stream()
                .collect(Collectors.toMap(r -> r.grounding().item().title(), r -> r));
        assertThat(byItem).containsOnlyKeys("Seen 01-01", "Seen 01-60", "Goal 01", "Blockbuster");
        assertThat(byItem.get("Seen 01-01").flags()).containsExactly(Flag.SEEN_NOT_IN_PROMPT);
        assertThat(byItem.get("Blockbuster").flags()).containsExactly(Flag.SEEN_NOT_IN_PROMPT);
        assertThat(byItem.get("Seen 01-60").flags()).containsExactly(Flag.ALREADY_SEEN);
        assertThat(byItem.get("Goal 01").flags()).isEmpty();
        assertThat(byItem.get("Goal 01").hit()).isTrue();

        for (int u = 1; u <= 6; u++) {
            String user = Integer.toString(u);
            UserResult answer = of(report, zeroShot).stream().filter(r -> r.userId().equals(user)).findFirst()
                    .orElseThrow();
            // The three seen titles are counted and left out; the goal is first of what remains.
            assertThat(answer.ranked()).as("user " + user).containsExactly(Integer.toString(10 + u));
            assertThat(answer.validity().alreadySeen()).isEqualTo(3);
            for (Configuration baseline : baselines) {
                UserResult listed = of(report, baseline).stream().filter(r -> r.userId().equals(user))
                        .findFirst().orElseThrow();
                assertThat(listed.ranked()).as(baseline.baseline() + " for user " + user)
                        .hasSize(Configuration.DEFAULT_LIST_LENGTH)
                        .doesNotContainAnyElementsOf(known(user));
            }
        }
        // Blockbuster, seen by all six long ago, is left out for user 6; "Goal 06" (held by five) comes first.
        UserResult rewatched = of(report, baselines.get(0)).stream().filter(r -> r.userId().equals("6")).findFirst()
                .orElseThrow();
        assertThat(rewatched.ranked().get(0)).isEqualTo("16");
    }

    @Test
    void aHistoryLimitAboveFiftyReachesThePromptWithTheRatingsAndTheDatasetsWording() {
        Configuration sequential = llm(RankingStrategy.SEQUENTIAL);
        Configuration inContext = llm(RankingStrategy.IN_CONTEXT);
        Configuration chain = llm(RankingStrategy.CHAIN_OF_THOUGHT);
        Configuration yesNo = llm(CandidateQuestionStrategy.YES_NO);
        Configuration pointwise = llm(CandidateQuestionStrategy.POINTWISE);
        ExperimentReport report = run(new ExperimentDefinition("Long K", store.datasetId, UserSample.random(0, 1),
                new Protocol(1, CandidateMode.TARGET_PLUS_RANDOM, 5, 55, 1),
                List.of(sequential, inContext, chain, yesNo, pointwise), 1));

        String ranking = storedRun(report, sequential, "1").prompt();
        // 62 items before the target; the last 55 are "Seen 01-06" to "Seen 01-60".
        assertThat(ranking).contains("55. Seen 01-60\n").contains("1. Seen 01-06\n")
                .doesNotContain("Seen 01-05").contains("candidate movies")
                .contains("as \"<rank>. <title>\"").doesNotContain("<author>").doesNotContain("<director>");
        assertThat(report.protocolText()).contains("prompts show its last 55 items");

        assertThat(storedRun(report, inContext, "1").prompt())
                .contains("(oldest first), with my rating where I gave one:")
                .contains("Seen 01-59 (rated 2/5)").contains("Seen 01-60 (rated 5/5)");
        assertThat(storedRun(report, chain, "1").prompt()).contains("with my rating where I gave one")
                .contains("what do my ratings say I avoid");
        assertThat(storedRun(report, pointwise, "1").prompt())
                .contains("Here is my rating history, oldest first (ratings from 1 to 5):")
                .contains("Seen 01-60 (rated 5/5)");

        String question = storedRun(report, yesNo, "1").prompt();
        String liked = line(question, "User preference: ");
        String disliked = line(question, "User unpreference: ");
        assertThat(disliked).contains("Seen 01-59").contains("Seen 01-07").doesNotContain("Seen 01-60");
        assertThat(liked).contains("Seen 01-60").contains("Seen 01-06").doesNotContain("Seen 01-59")
                .doesNotContain("Seen 01-05");
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void nirsUserFilteringCandidatesAreTheWindowsAndItsTargetOnlyChoiceCountsWhoItLeavesOut() {
        String file = """
                {"name": "NIR as published", "dataset": "%s",
                 "sample": {"kind": "random", "size": 0, "seed": 1},
                 "protocol": {"heldOut": 1, "candidates": "user-filtering", "candidateCount": 19,
                              "historyLimit": 50, "seed": 7, "targetInCandidatesOnly": %s},
                 "configurations": [{"strategy": "nir-multi-step", "model": "%s"}, {"baseline": "popularity"}]}
                """;
        ExperimentDefinition published = ExperimentJson.read(file.formatted(store.datasetId, "true", MODEL), "nir.json");
        assertThat(ExperimentJson.read(ExperimentJson.write(published), "copy")).isEqualTo(published);

        ExperimentReport report = run(published);

        assertThat(report.sampledUsers()).isEqualTo(LongHistoryUsers.USERS);
        assertThat(report.exclusions()).isEqualTo(Map.of(ExclusionReason.TARGET_NOT_IN_CANDIDATES, 4,
                ExclusionReason.NO_SIMILAR_USERS, 1));
        assertThat(report.protocolText()).contains("only users whose candidates hold a held-out item are scored");
        Configuration nir = published.configurations().get(0);
        assertThat(of(report, nir)).extracting(UserResult::userId).containsExactlyInAnyOrder("1", "6");
        assertThat(of(report, published.configurations().get(1)))
                .allSatisfy(r -> assertThat(r.ranked()).containsAnyElementsOf(r.targets()));

        RunRecord run = storedRun(report, nir, "1");
        assertThat(run.strategyId()).isEqualTo(NirStrategy.ID);
        assertThat(run.candidates().protocol()).isEqualTo(CandidateProtocol.USER_FILTERING);
        assertThat(ids(run.candidates().items())).isEqualTo(windowCandidates("1", 19));

        ExperimentReport everyone = run(ExperimentJson.read(file.formatted(store.datasetId, "false", MODEL), "all.json"));
        assertThat(everyone.exclusions()).isEqualTo(Map.of(ExclusionReason.NO_SIMILAR_USERS, 1));
        assertThat(of(everyone, nir)).hasSize(6);
        assertThat(everyone.protocolText()).contains("every user is scored, including those whose candidates miss");
    }

    @Test
    void theTargetOnlyChoiceIsRefusedWhereItMeansNothingAndABadValueNamesItsField() throws Exception {
        ExperimentDefinition example = ExperimentJson.read(Files.readString(
                Path.of("docs/experiment-nir-example.json")), "docs/experiment-nir-example.json");
        assertThat(example.protocol().candidateMode()).isEqualTo(CandidateMode.USER_FILTERING);
        assertThat(example.protocol().targetInCandidatesOnly()).isTrue();

        String file = """
                {"name": "Wrong", "dataset": "%s",
                 "protocol": {"candidates": "%s", "targetInCandidatesOnly": %s},
                 "configurations": [{"baseline": "popularity"}]}
                """;
        assertThatThrownBy(() -> ExperimentJson.read(file.formatted(store.datasetId, "target-plus-random", "true"),
                "wrong.json")).hasMessageContaining("wrong.json")
                .hasMessageContaining("a choice for user-filtering candidates (NIR)");
        assertThatThrownBy(() -> ExperimentJson.read(file.formatted(store.datasetId, "user-filtering", "\"yes\""),
                "typo.json")).hasMessageContaining("typo.json")
                .hasMessageContaining("\"protocol.targetInCandidatesOnly\" must be true or false");
    }

    /** The candidates the window draws for the dataset user with the last interaction held out. */
    private Set<String> windowCandidates(String userId, int size) {
        List<TimelineEntry> history = new SqliteDatasetUsers(store.db).history(store.datasetId, userId);
        List<ProfileEntry> entries = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            entries.add(new ProfileEntry(history.get(i).item(), history.get(i).rating(), i == history.size() - 1));
        }
        Profile profile = new Profile("dataset-user:" + userId, "User " + userId, store.datasetId, "", entries, "");
        return ids(new CandidateGenerator(new SqliteCatalogueRepository(store.db), new SqliteUserHistories(store.db))
                .generate(store.datasetId, profile, new CandidateSpec(CandidateProtocol.USER_FILTERING, size, 99)).items());
    }

    private static Set<String> ids(List<Item> items) {
        return new HashSet<>(items.stream().map(Item::id).toList());
    }
}
