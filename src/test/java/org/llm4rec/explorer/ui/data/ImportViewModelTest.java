package org.llm4rec.explorer.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.dataset.imports.Fixtures;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteCatalogueRepository;
import org.llm4rec.explorer.store.SqliteDatasetStore;
import org.llm4rec.explorer.ui.task.TaskList;

/** Import in the background against a real store: outcome, progress text, and Cancel leaving nothing behind. */
class ImportViewModelTest {
    @TempDir
    Path dir;
    private Database db;
    private Background background;
    private final List<String> imported = new CopyOnWriteArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);

    private ImportViewModel model() {
        db = Database.open(dir.resolve("store.db"));
        background = new Background(Executors.newSingleThreadExecutor(), Executors.newSingleThreadScheduledExecutor(),
                Runnable::run);
        ImportViewModel model = new ImportViewModel(new DatasetImportService(new SqliteDatasetStore(db)), new TaskList(background),
                imported::add);
        model.outcomeProperty().addListener((o, old, outcome) -> ended.countDown());
        return model;
    }

    @AfterEach
    void close() {
        background.close();
        db.close();
    }

    @Test
    void anImportEndsWithASummaryAndSelectsTheNewDataset() throws Exception {
        ImportViewModel model = model();

        model.start(Fixtures.folder("goodbooks-10k"));

        assertThat(ended.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(model.outcomeProperty().get().success()).isTrue();
        assertThat(model.outcomeProperty().get().title()).isEqualTo("Imported goodbooks-10k");
        assertThat(model.outcomeProperty().get().text()).contains("Items: 3", "unknown tag id 99");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(imported).containsExactly("goodbooks-10k");
    }

    @Test
    void onceEveryRowIsReadTheImportSaysItIsSavingAndCancelIsOff() throws Exception {
        ImportViewModel model = model();
        List<String> texts = new CopyOnWriteArrayList<>();
        List<Boolean> cancellable = new CopyOnWriteArrayList<>();
        model.progressTextProperty().addListener((o, old, text) -> texts.add(text));
        model.cancellableProperty().addListener((o, old, on) -> cancellable.add(on));

        model.start(Fixtures.folder("ml-1m"));

        assertThat(ended.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(model.outcomeProperty().get().success()).isTrue();
        assertThat(cancellable).containsExactly(true, false);
        assertThat(texts).last().asString()
                .startsWith("Saving ").contains("rows to the store").contains("cannot be cancelled");
        assertThat(texts.get(texts.size() - 2)).contains("ratings.dat");
    }

    @Test
    void cancelStopsTheImportAndLeavesTheStoreAsItWas() throws Exception {
        Path folder = Fixtures.copy("ml-10m", dir);
        StringBuilder ratings = new StringBuilder();
        for (int i = 0; i < 400_000; i++) {
            ratings.append(i).append("::1::4::1\n");
        }
        Files.writeString(folder.resolve("ratings.dat"), ratings);
        ImportViewModel model = model();

        model.start(folder);
        model.cancel();

        assertThat(ended.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(model.outcomeProperty().get().success()).isFalse();
        assertThat(model.outcomeProperty().get().title()).isEqualTo("Import cancelled");
        assertThat(new SqliteCatalogueRepository(db).datasets()).isEmpty();
        assertThat(imported).isEmpty();
    }

    @Test
    void aFailureSaysWhatWasWrong() throws Exception {
        ImportViewModel model = model();

        model.start(dir.resolve("no-such-folder"));

        assertThat(ended.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(model.outcomeProperty().get().title()).isEqualTo("Import failed");
        assertThat(model.outcomeProperty().get().text()).contains("no such file or folder");
    }
}
