package org.llm4rec.explorer.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.app.download.DatasetDownloader;
import org.llm4rec.explorer.app.download.DownloadableDataset;
import org.llm4rec.explorer.dataset.imports.Fixtures;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteCatalogueRepository;
import org.llm4rec.explorer.store.SqliteDatasetStore;
import org.llm4rec.explorer.ui.SameThreadBackground;

/** The download window's model against a local HTTP server and a real store: licence first, then download, import. */
class DownloadViewModelTest {
    @TempDir
    Path dir;
    private HttpServer server;
    private Database db;
    private Background background;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> imported = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        byte[] zip = Files.readAllBytes(Fixtures.zip("ml-100k", Files.createDirectories(dir.resolve("source"))));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            try (exchange) {
                if (exchange.getRequestURI().getPath().equals("/ml-100k.zip")) {
                    exchange.sendResponseHeaders(200, zip.length);
                    exchange.getResponseBody().write(zip);
                } else {
                    exchange.sendResponseHeaders(404, -1);
                }
            }
        });
        server.start();
        db = Database.open(dir.resolve("explorer.db"));
        background = SameThreadBackground.create();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        background.close();
        db.close();
    }

    private DownloadViewModel model() {
        return new DownloadViewModel(DatasetDownloader.create("http://127.0.0.1:" + server.getAddress().getPort(),
                dir.resolve("downloads")), new DatasetImportService(new SqliteDatasetStore(db)), background,
                imported::add, DownloadableDataset.movieLens());
    }

    @Test
    void nothingIsDownloadedUntilTheSelectedDatasetsLicenceIsAccepted() {
        DownloadViewModel model = model();
        model.selectedProperty().set(model.datasets().get(1));
        assertThat(model.canDownload().get()).isFalse();
        model.download();
        assertThat(requests).hasValue(0);

        model.acceptedProperty().set(true);
        assertThat(model.canDownload().get()).isTrue();
        // Accepting one licence is not accepting the next dataset's.
        model.selectedProperty().set(model.datasets().get(2));
        assertThat(model.acceptedProperty().get()).isFalse();
        assertThat(model.canDownload().get()).isFalse();
        assertThat(requests).hasValue(0);
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
}
