package org.llm4rec.explorer;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.llm4rec.explorer.app.UiPreferences;
import org.llm4rec.explorer.app.UiPreferencesStore;
import org.llm4rec.explorer.llm.OllamaSettings;

/**
 * What the app needs before its window can be built — the command line, the window preferences and the
 * composition root (store, migrations check, model clients) — made on its own thread while JavaFX starts its
 * toolkit, so the two overlap instead of following one another. Until the toolkit is up, UI updates wait for it.
 */
final class EarlyStart {
    /** Everything {@link ExplorerApp} takes over; {@code failure} is set when the app cannot start. */
    record Parts(AppConfig config, UiPreferencesStore preferencesStore, UiPreferences preferences,
                 AppContext context, Exception failure) {
    }

    /** Set by {@link Launcher} before JavaFX starts; empty when the app is started another way (tests). */
    private static volatile EarlyStart pending;

    private final CountDownLatch toolkitStarted = new CountDownLatch(1);
    private final CompletableFuture<Parts> parts = new CompletableFuture<>();

    private EarlyStart() {
    }

    /** Starts building on a new thread; {@link #take()} hands the result to the app. */
    static void begin(List<String> args) {
        EarlyStart early = new EarlyStart();
        pending = early;
        Thread thread = new Thread(() -> {
            try {
                early.parts.complete(build(args, early::runOnUiOnceStarted));
            } catch (Throwable error) {
                // Never leave the app waiting in init: it fails there instead, as it did when building there.
                early.parts.completeExceptionally(error);
            }
        }, "llm4rec-early-start");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The parts built by {@link #begin}, waiting for them if needed (called from {@code Application.init}, on the
     * launcher thread, never the UI thread); or, when nothing was begun, builds them now.
     */
    static Parts take(List<String> args) {
        EarlyStart early = pending;
        pending = null;
        if (early == null) {
            return build(args, Platform::runLater);
        }
        early.toolkitStarted.countDown();
        return early.parts.join();
    }

    private static Parts build(List<String> args, Executor ui) {
        AppConfig config = null;
        try {
            config = CommandLineOptions.parse(args,
                    AppConfig.defaultDataDir(System.getenv(), System.getProperty("os.name"),
                            Path.of(System.getProperty("user.home"))),
                    url -> url != null ? url : OllamaSettings.baseUrlFromOllamaHost(System.getenv("OLLAMA_HOST")));
            UiPreferencesStore preferencesStore = new UiPreferencesStore(config.preferencesFile());
            UiPreferences preferences = preferencesStore.load();
            return new Parts(config, preferencesStore, preferences, AppContext.create(config, ui, preferences),
                    null);
        } catch (Exception e) {
            return new Parts(config, null, null, null, e);
        }
    }

    /** Platform.runLater refuses work before the toolkit runs; a worker finishing that early waits for it. */
    private void runOnUiOnceStarted(Runnable work) {
        try {
            toolkitStarted.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Platform.runLater(work);
    }
}
