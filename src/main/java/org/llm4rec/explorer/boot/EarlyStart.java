package org.llm4rec.explorer.boot;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
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

    /** How the parts are made; {@code ui} runs UI updates. */
    @FunctionalInterface
    interface Builder {
        Parts build(List<String> args, Executor ui);
    }

    /** Starts building on a new thread, the log going to the data folder; {@link #take} hands the result over. */
    static void begin(List<String> args) {
        begin(args, (arguments, ui) -> build(arguments, ui, Launcher::logToFile));
    }

    static void begin(List<String> args, Builder builder) {
        EarlyStart early = new EarlyStart();
        pending = early;
        Thread thread = new Thread(() -> {
            try {
                early.parts.complete(builder.build(args, early::runOnUiOnceStarted));
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
            return build(args, Platform::runLater, config -> { });
        }
        early.toolkitStarted.countDown();
        return early.parts.join();
    }

    /** {@code beforeLogging} sees the configuration before anything of the app logs. */
    static Parts build(List<String> args, Executor ui, Consumer<AppConfig> beforeLogging) {
        AppConfig config = null;
        try {
            config = CommandLineOptions.parse(args,
                    AppConfig.defaultDataDir(System.getenv(), System.getProperty("os.name"),
                            Path.of(System.getProperty("user.home"))),
                    url -> url != null ? url : OllamaSettings.baseUrlFromOllamaHost(System.getenv("OLLAMA_HOST")));
            beforeLogging.accept(config);
            UiPreferencesStore preferencesStore = new UiPreferencesStore(config.preferencesFile());
            // Reading them (the first use of Jackson) and opening the store (SQLite's native library, the
            // migrations check) each take a good part of the start: they overlap.
            CompletableFuture<UiPreferences> preferences = CompletableFuture.supplyAsync(preferencesStore::load,
                    work -> new Thread(work, "llm4rec-preferences").start());
            AppContext context = AppContext.create(config, ui, preferences::join);
            StartupTrace.mark("store");
            return new Parts(config, preferencesStore, preferences.join(), context, null);
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
