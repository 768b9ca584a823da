package org.llm4rec.explorer.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.app.download.DatasetDownloader;
import org.llm4rec.explorer.app.download.DownloadableDataset;
import org.llm4rec.explorer.app.download.ServedFile;
import org.llm4rec.explorer.app.download.ZipServer;
import org.llm4rec.explorer.dataset.imports.Fixtures;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteCatalogueRepository;
import org.llm4rec.explorer.store.SqliteDatasetStore;
import org.llm4rec.explorer.ui.SameThreadBackground;
import org.llm4rec.explorer.ui.task.TaskList;

/** The download window's model against a local HTTP server and a real store: licence first, then download, import. */
class DownloadViewModelTest {
    @TempDir
    Path dir;
    private ZipServer server;
    private Database db;
    private Background background;
    private final List<String> imported = new ArrayList<>();
    private byte[] zip;

    @BeforeEach
    void start() throws Exception {
        zip = Files.readAllBytes(Fixtures.zip("ml-100k", Files.createDirectories(dir.resolve("source"))));
        server = new ZipServer("/ml-100k.zip", new ServedFile(zip, "ETag", "\"v1\""));
        db = Database.open(dir.resolve("explorer.db"));
        background = SameThreadBackground.create();
    }

    @AfterEach
    void stop() {
        server.close();
        background.close();
        db.close();
    }

    private DownloadViewModel model() {
        return new DownloadViewModel(DatasetDownloader.create(server.baseUrl(), dir.resolve("downloads")), new DatasetImportService(new SqliteDatasetStore(db)), new TaskList(background),
                imported::add, DownloadableDataset.movieLens());
    }

    @Test
    void nothingIsDownloadedUntilTheSelectedDatasetsLicenceIsAccepted() {
        DownloadViewModel model = model();
        model.selectedProperty().set(model.datasets().get(1));
        assertThat(model.canDownload().get()).isFalse();
        model.download();
        assertThat(server.requests()).isZero();

        model.acceptedProperty().set(true);
        assertThat(model.canDownload().get()).isTrue();
        // Accepting one licence is not accepting the next dataset's.
        model.selectedProperty().set(model.datasets().get(2));
        assertThat(model.acceptedProperty().get()).isFalse();
        assertThat(model.canDownload().get()).isFalse();
        assertThat(server.requests()).isZero();
    }

    @Test
    void anAcceptedDownloadIsCheckedAndImported() {
        DownloadViewModel model = model();
        model.selectedProperty().set(model.datasets().get(1));
        model.acceptedProperty().set(true);

        model.download();

        assertThat(model.failedProperty().get()).as(model.messageProperty().get()).isFalse();
        assertThat(model.imports().outcomeProperty().get().title()).isEqualTo("Imported ml-100k");
        assertThat(imported).containsExactly("ml-100k");
        assertThat(new SqliteCatalogueRepository(db).dataset("ml-100k")).isPresent();
        assertThat(dir.resolve("downloads/ml-100k.zip")).exists();
    }

    @Test
    void aMissingFileIsAClearFailure() {
        DownloadViewModel model = model();
        model.selectedProperty().set(model.datasets().get(2));
        model.acceptedProperty().set(true);

        model.download();

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).contains("/ml-1m.zip answered HTTP 404 (Not Found)");
        assertThat(model.downloadingProperty().get()).isFalse();
        assertThat(imported).isEmpty();
    }

    private DownloadViewModel acceptedModel() {
        DownloadViewModel model = model();
        model.selectedProperty().set(model.datasets().get(1));
        model.acceptedProperty().set(true);
        return model;
    }

    /** A download of ML-100K that broke off halfway, then the window opened anew on that dataset. */
    private DownloadViewModel afterABrokenOffDownload() {
        server.serve(new ServedFile(zip, "ETag", "\"v1\"").breakingAt(zip.length / 2));
        DownloadViewModel first = acceptedModel();
        first.download();
        assertThat(first.failedProperty().get()).isTrue();
        assertThat(first.messageProperty().get()).contains("broke off after", "Download and import continues from there");
        assertThat(first.partKeptProperty().get()).isTrue();
        server.serve(new ServedFile(zip, "ETag", "\"v1\""));
        return acceptedModel();
    }

    @Test
    void aBrokenOffDownloadIsContinuedAndSaysWhereItResumes() {
        DownloadViewModel model = afterABrokenOffDownload();
        assertThat(model.partKeptProperty().get()).isTrue();
        List<String> messages = new ArrayList<>();
        model.messageProperty().addListener((o, old, now) -> messages.add(now));

        model.download();

        assertThat(server.served().ranges()).singleElement().asString().startsWith("bytes=");
        assertThat(messages).anySatisfy(m -> assertThat(m).matches("Resuming at \\d+\\.\\d MB of 0\\.\\d MB\\."));
        assertThat(model.failedProperty().get()).as(model.messageProperty().get()).isFalse();
        assertThat(imported).containsExactly("ml-100k");
        assertThat(model.partKeptProperty().get()).isFalse();
    }

    @Test
    void startOverDiscardsTheKeptPartSoTheNextDownloadFetchesTheWholeFile() {
        DownloadViewModel model = afterABrokenOffDownload();
        assertThat(model.messageProperty().get()).contains("of an earlier download are kept", "Start over");

        model.startOver();

        assertThat(model.partKeptProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).contains("starts from the beginning");
        model.download();
        assertThat(server.served().ranges()).containsExactly("whole");
        assertThat(imported).containsExactly("ml-100k");
    }
}
