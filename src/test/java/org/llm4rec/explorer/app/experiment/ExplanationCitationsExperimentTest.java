package org.llm4rec.explorer.app.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.experiment.CandidateMode;
import org.llm4rec.explorer.domain.experiment.Configuration;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.experiment.ExperimentReport;
import org.llm4rec.explorer.domain.experiment.PromptSettings;
import org.llm4rec.explorer.domain.experiment.Protocol;
import org.llm4rec.explorer.domain.experiment.UserResult;
import org.llm4rec.explorer.domain.experiment.UserSample;
import org.llm4rec.explorer.domain.experiment.Validity;
import org.llm4rec.explorer.domain.grounding.Flag;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.prompt.ZeroShotDirectStrategy;
import org.llm4rec.explorer.store.SqliteRunRepository;

/**
 * An experiment whose model cites a film each user really watched, one nobody watched, and gives one reason that
 * cites nothing: the share of explanations citing absent history is counted per user, stored, and summarised.
 */
class ExplanationCitationsExperimentTest {
    private static final String MODEL = "llama3.2:3b";
    private static final Pattern USER = Pattern.compile("Seen (\\d\\d)-");

    @TempDir
    Path dir;

    private static String answer(String prompt) {
        Matcher user = USER.matcher(prompt);
        String u = user.find() ? user.group(1) : "07";
        return "{\"recommendations\": ["
                + "{\"title\": \"Goal " + u + " (2006)\", \"explanation\": \"Since you loved Seen " + u
                + "-59, another comedy with the same warmth.\"},"
                + "{\"title\": \"Loner One (1990)\", \"explanation\": \"Because you enjoyed Titanic, a sweeping"
                + " story on a grand scale.\"},"
                + "{\"title\": \"Loner Two (1990)\", \"explanation\": \"A quiet western worth a look.\"}]}";
    }

    @Test
    void countsExplanationsCitingAbsentHistoryPerUserAndSummarisesTheShare() throws Exception {
        // Six users watched "Seen uu-59" and nobody "Titanic": 6 × 1 + 2 of 7 × 3 explanations.
        try (ExperimentStore store = new ExperimentStore(dir, LongHistoryUsers.write(dir.resolve("long")),
                "Long histories", MODEL, ExplanationCitationsExperimentTest::answer)) {
            Configuration zeroShot = Configuration.llm(ZeroShotDirectStrategy.ID, MODEL,
                    GenerationOptions.defaults(), PromptSettings.defaults());
            ExperimentRunner runner = store.runner(2);
            ExperimentReport report = runner.run(runner.start(new ExperimentDefinition("Citations",
                    store.datasetId, UserSample.random(0, 1), new Protocol(1, CandidateMode.OPEN_CATALOGUE, 0, 50, 1),
                    List.of(zeroShot), 1)), ExperimentListener.NONE, new ExperimentControl());

            List<UserResult> stored = store.repository.results(report.runId());
            assertThat(stored).hasSize(LongHistoryUsers.USERS);
            for (UserResult r : stored) {
                Validity v = r.validity();
                assertThat(v.explained()).isEqualTo(3);
                // User 7 watched only the two loners, so "Seen 07-59" is absent for them too.
                assertThat(v.citesAbsentHistory()).as("user " + r.userId()).isEqualTo(r.userId().equals("7") ? 2 : 1);
            }
            assertThat(report.configurations().get(0).validity().citesAbsentHistory()).isCloseTo(8 / 21.0,
                    within(1e-12));

            List<Recommendation> list = new SqliteRunRepository(store.db).find(stored.stream()
                    .filter(r -> r.userId().equals("1")).findFirst().orElseThrow().runId()).orElseThrow()
                    .recommendations();
            assertThat(list).extracting(r -> r.flags().contains(Flag.CITES_ABSENT_HISTORY))
                    .containsExactly(false, true, false);
        }
    }
}
