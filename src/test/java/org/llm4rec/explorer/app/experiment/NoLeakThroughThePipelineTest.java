package org.llm4rec.explorer.app.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.app.PreparedRun;
import org.llm4rec.explorer.app.RecommendationService;
import org.llm4rec.explorer.bench.InstantRanker;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.candidates.DemoSource;
import org.llm4rec.explorer.domain.experiment.Configuration;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.experiment.PromptSettings;
import org.llm4rec.explorer.domain.experiment.Protocol;
import org.llm4rec.explorer.domain.experiment.UserSample;
import org.llm4rec.explorer.domain.experiment.UserSplit;
import org.llm4rec.explorer.domain.parse.ResponseParser;
import org.llm4rec.explorer.domain.prompt.Demonstration;
import org.llm4rec.explorer.domain.prompt.RankingStrategy;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteCatalogueRepository;
import org.llm4rec.explorer.store.SqliteDatasetStore;
import org.llm4rec.explorer.store.SqliteRunRepository;
import org.llm4rec.explorer.store.SqliteTemplateRepository;
import org.llm4rec.explorer.store.SqliteUserHistories;

/**
 * Every user of the scripted dataset through the real preparation of a run (candidates, demonstrations from each
 * source, prompt): the held-out target is never in a demonstration, and the prompt names it exactly once, in the
 * candidate list the protocol placed it in.
 */
class NoLeakThroughThePipelineTest {
    @TempDir
    Path dir;
    private Database db;

    @AfterEach
    void tearDown() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(DemoSource.class)
    void demonstrationsAndPromptsNeverShowTheTarget(DemoSource source) throws Exception {
        db = Database.open(dir.resolve("store.db"));
        String datasetId = new DatasetImportService(new SqliteDatasetStore(db))
                .importPath(ScriptedUsers.write(dir.resolve("data")), "Scripted", p -> { }, () -> false).datasetId();
        var catalogue = new SqliteCatalogueRepository(db);
        var histories = new SqliteUserHistories(db);
        Configuration inContext = Configuration.llm(RankingStrategy.IN_CONTEXT, InstantRanker.MODEL, null,
                new PromptSettings(source, 3, false, 1));
        ExperimentDefinition definition = new ExperimentDefinition("Leak", datasetId, UserSample.random(0, 1),
                Protocol.leaveLastOneOut(), List.of(inContext), 1);
        PreparedExperiment prepared = new ExperimentSetup(catalogue, histories, new InstantRanker(),
                new SqliteTemplateRepository(db))
                .prepare(definition);
        RecommendationService service = new RecommendationService(new InstantRanker(), catalogue,
                new SqliteRunRepository(db), new ResponseParser(), Clock.systemUTC(), histories);

        assertThat(prepared.splits()).hasSize(ScriptedUsers.USERS);
        for (UserSplit user : prepared.splits()) {
            PreparedRun run = service.prepare(new UserRun(service, prepared, inContext, 0, user).request());
            Set<String> targets = Set.copyOf(user.targets());
            List<Demonstration> demos = run.input().demonstrations();
            assertThat(demos).as("demonstrations of user %s", user.userId()).isNotEmpty();
            for (Demonstration demo : demos) {
                assertThat(demo.next().id()).isNotIn(targets);
                assertThat(demo.history().stream().map(Item::id).collect(Collectors.toSet()))
                        .doesNotContainAnyElementsOf(targets);
            }
            String prompt = run.prompt().prompt().text();
            for (String id : targets) {
                String title = prepared.items().get(id).title();
                assertThat(prompt.split(java.util.regex.Pattern.quote(title), -1)).as("times the prompt of user %s"
                        + " names %s, plus one", user.userId(), title).hasSize(2);
                assertThat(run.input().candidates().stream().map(Item::id)).contains(id);
            }
        }
    }
}
