package org.llm4rec.explorer.ui.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.app.experiment.ExperimentRunner;
import org.llm4rec.explorer.app.experiment.StudyUsers;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.study.StudyKind;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.llm.OllamaLlmClient;
import org.llm4rec.explorer.llm.OllamaSettings;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteCatalogueRepository;
import org.llm4rec.explorer.store.SqliteDatasetStore;
import org.llm4rec.explorer.store.SqliteExperimentRepository;
import org.llm4rec.explorer.store.SqliteTemplateRepository;
import org.llm4rec.explorer.store.SqliteUserHistories;
import org.llm4rec.explorer.ui.SameThreadBackground;
import org.llm4rec.explorer.ui.task.BackgroundTask;
import org.llm4rec.explorer.ui.task.TaskList;

/**
 * The Studies tab's model without a window: a real SQLite store, the scripted model behind the fake Ollama over
 * HTTP, work run on the calling thread so that each step has finished when it returns.
 */
class StudiesViewModelTest {
    private static final String MODEL = "qwen3:4b";
    private static final String HOSTILE_NAME = "Films <b>rated</b> & \"reviewed\"";

    @TempDir
    Path dir;
    private Database db;
    private FakeOllama ollama;
    private final Background background = SameThreadBackground.create();

    @AfterEach
    void tearDown() {
        background.close();
        if (ollama != null) {
            ollama.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aStudyRunsAsATaskOfTheListAndExportsAsAPageNamedAfterTheDataset() throws Exception {
        db = Database.open(dir.resolve("store.db"));
        String datasetId = new DatasetImportService(new SqliteDatasetStore(db)).importPath(
                StudyUsers.write(dir.resolve("users")).folder, HOSTILE_NAME, p -> { }, () -> false).datasetId();
        Dataset dataset = new SqliteCatalogueRepository(db).dataset(datasetId).orElseThrow();
        ollama = FakeOllama.start().model(MODEL).replies(MODEL, StudyUsers::followsTheSeriesInTheHistory);
        var llm = new OllamaLlmClient(OllamaSettings.defaults().withBaseUrl(ollama.baseUrl()));
        ExperimentRunner runner = new ExperimentRunner(llm, new SqliteCatalogueRepository(db),
                new SqliteUserHistories(db), new SqliteExperimentRepository(db), new SqliteTemplateRepository(db),
                () -> 4, Clock.systemUTC());
        TaskList tasks = new TaskList(background);
        List<String> listed = new ArrayList<>();
        tasks.running().addListener((ListChangeListener<BackgroundTask>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(t -> listed.add(t.titleProperty().get()));
            }
        });
        StudiesViewModel model = new StudiesViewModel(runner, tasks, new SimpleObjectProperty<>(dataset),
                FXCollections.observableArrayList(llm.models()));
        model.kindProperty().set(StudyKind.ORDER);
        model.usersProperty().set(0);

        model.run(false);

        assertThat(model.messageProperty().get()).isEqualTo("Finished.");
        assertThat(listed).containsExactly("Study Does the model perceive order? on " + HOSTILE_NAME);
        assertThat(tasks.running()).isEmpty();
        assertThat(model.findingProperty().get()).contains("uses what the history holds but not its order");

        Path page = dir.resolve("order.html");
        model.exportHtml(page);

        assertThat(model.messageProperty().get()).isEqualTo("Saved " + page);
        assertThat(Files.readString(page)).contains("dataset Films &lt;b&gt;rated&lt;/b&gt; &amp; &quot;reviewed&quot;")
                .contains("uses what the history holds but not its order").contains("<svg")
                .contains("LLMRank, ChatGPT, ML-1M, read from Fig. 1a").doesNotContain("<b>")
                .doesNotContain(datasetId);
    }
}
