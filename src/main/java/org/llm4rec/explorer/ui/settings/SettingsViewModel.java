package org.llm4rec.explorer.ui.settings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.port.EndpointSetting;
import org.llm4rec.explorer.app.port.ResponseCache;
import org.llm4rec.explorer.app.server.ServerConnection;
import org.llm4rec.explorer.app.port.ServerSettings;
import org.llm4rec.explorer.app.server.ServerSettingsStore;
import org.llm4rec.explorer.ui.MessageProperty;

/**
 * The settings dialog: where the model servers are, how long to wait for them, how many requests each gets at
 * once, and the response cache. Applying saves the settings and rebuilds the client; no restart is needed.
 */
public final class SettingsViewModel {
    private final ServerConnection servers;
    private final ResponseCache cache;
    private final Background background;
    private final Runnable afterApply;

    private final StringProperty baseUrl = new SimpleStringProperty();
    private final ObjectProperty<Integer> maxParallel = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> firstTokenSeconds = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> idleSeconds = new SimpleObjectProperty<>();
    private final StringProperty moreServers = new SimpleStringProperty("");
    private final StringProperty message = new MessageProperty();
    private final BooleanProperty error = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty cacheSize = new MessageProperty();
    private final StringProperty raterName;
    private final StringProperty rater = new SimpleStringProperty("");

    /**
     * @param raterName  the name ratings and votes are signed with; applying sets it
     * @param afterApply runs on the UI thread once new settings are in use (re-check the status, list models again)
     */
    public SettingsViewModel(ServerConnection servers, ResponseCache cache, Background background,
                             StringProperty raterName, Runnable afterApply) {
        this.raterName = raterName;
        this.servers = servers;
        this.cache = cache;
        this.background = background;
        this.afterApply = afterApply;
        load();
    }

    /** Shows the settings in use, discarding edits, and measures the cache. */
    public void load() {
        ServerSettings current = servers.settings();
        baseUrl.set(ServerSettingsStore.formatEndpoints(List.of(current.main())).replaceFirst("\\s+\\d+$", ""));
        maxParallel.set(current.main().parallelism());
        firstTokenSeconds.set((int) current.firstTokenTimeout().toSeconds());
        idleSeconds.set((int) current.idleTimeout().toSeconds());
        moreServers.set(ServerSettingsStore.formatEndpoints(current.endpoints().subList(1, current.endpoints().size())));
        message.set("");
        error.set(false);
        rater.set(raterName.get());
        refreshCacheSize();
    }

    /** Checks the fields, then saves and applies them in the background. */
    public void apply() {
        raterName.set(rater.get() == null ? "" : rater.get().strip());
        ServerSettings next;
        try {
            next = read();
        } catch (IllegalArgumentException e) {
            show(e.getMessage(), true);
            return;
        }
        busy.set(true);
        background.run("apply settings", () -> {
            servers.apply(next);
            return next;
        }, applied -> {
            busy.set(false);
            show("Applied: " + applied.endpoints().size() + " server(s); new runs use these settings.", false);
            afterApply.run();
        }, failure -> {
            busy.set(false);
            show("The settings could not be saved: " + failure.getMessage(), true);
        });
    }

    private ServerSettings read() {
        String url = baseUrl.get() == null ? "" : baseUrl.get().strip();
        if (url.isEmpty()) {
            throw new IllegalArgumentException("Server address: enter one, e.g. http://localhost:11434.");
        }
        if (!url.matches("(?i)(openai\\s+)?https?://[^\\s/]+(/\\S*)?")) {
            throw new IllegalArgumentException("Server address \"" + url
                    + "\" must start with http:// or https://, e.g. http://localhost:11434.");
        }
        List<EndpointSetting> endpoints = new ArrayList<>();
        endpoints.addAll(ServerSettingsStore.parseEndpoints(url + " " + positive(maxParallel.get(),
                "Max parallel requests")));
        endpoints.addAll(ServerSettingsStore.parseEndpoints(moreServers.get()));
        return new ServerSettings(endpoints,
                Duration.ofSeconds(positive(firstTokenSeconds.get(), "Time to first token")),
                Duration.ofSeconds(positive(idleSeconds.get(), "Idle timeout")));
    }

    private static int positive(Integer value, String field) {
        if (value == null || value < 1) {
            throw new IllegalArgumentException(field + ": enter a whole number of at least 1.");
        }
        return value;
    }

    public void clearCache() {
        background.run("clear response cache", () -> {
            cache.clear();
            return cache.size();
        }, size -> {
            showCacheSize(size);
            show("The response cache is empty; the next runs ask the model again.", false);
        }, failure -> show("The cache could not be cleared: " + failure.getMessage(), true));
    }

    public void refreshCacheSize() {
        background.run("measure response cache", cache::size, this::showCacheSize,
                failure -> cacheSize.set("Cache size unknown: " + failure.getMessage()));
    }

    private void showCacheSize(ResponseCache.Size size) {
        cacheSize.set(size.entries() + " answer(s), " + humanBytes(size.bytes()));
    }

    static String humanBytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private void show(String text, boolean isError) {
        message.set(text);
        error.set(isError);
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public ObjectProperty<Integer> maxParallelProperty() {
        return maxParallel;
    }

    public ObjectProperty<Integer> firstTokenSecondsProperty() {
        return firstTokenSeconds;
    }

    public ObjectProperty<Integer> idleSecondsProperty() {
        return idleSeconds;
    }

    public StringProperty moreServersProperty() {
        return moreServers;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The rater's name as edited, applied with the other settings. */
    public StringProperty raterProperty() {
        return rater;
    }

    public StringProperty cacheSizeProperty() {
        return cacheSize;
    }
}
