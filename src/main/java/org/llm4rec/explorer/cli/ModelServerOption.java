package org.llm4rec.explorer.cli;

import java.time.Duration;
import java.util.List;
import org.llm4rec.explorer.app.server.CachingLlmClient;
import org.llm4rec.explorer.app.server.EndpointPool;
import org.llm4rec.explorer.app.port.EndpointSetting;
import org.llm4rec.explorer.app.port.ServerSettings;
import org.llm4rec.explorer.app.server.ServerSettingsStore;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.llm.OllamaServers;
import org.llm4rec.explorer.llm.OllamaSettings;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteResponseCache;
import org.llm4rec.explorer.store.SqliteSettingsRepository;
import picocli.CommandLine.Option;

/**
 * The --ollama option of the commands that call a model: that one server, or else the servers the app's settings
 * hold (the endpoint pool), or else $OLLAMA_HOST / localhost. Answers go through the app's response cache.
 */
public final class ModelServerOption {
    @Option(names = "--ollama", paramLabel = "URL",
            description = "Ollama base URL (default: the servers set in the app, else $OLLAMA_HOST, else"
                    + " http://localhost:11434).")
    String url;

    ServerSettings settings(Database db) {
        if (url != null) {
            return ServerSettings.defaultsFor(url);
        }
        return new ServerSettingsStore(new SqliteSettingsRepository(db)).load().orElse(ServerSettings.defaultsFor(
                OllamaSettings.baseUrlFromOllamaHost(System.getenv("OLLAMA_HOST"))));
    }

    LlmClient client(Database db, ServerSettings settings) {
        OllamaServers servers = new OllamaServers();
        List<EndpointPool.Endpoint> endpoints = settings.endpoints().stream()
                .map(e -> new EndpointPool.Endpoint(e.url(), e.parallelism(), servers.client(e, settings))).toList();
        return new CachingLlmClient(new EndpointPool(endpoints, Duration.ofSeconds(10)), new SqliteResponseCache(db));
    }

    /** The parallel-request limits of the servers, summed. */
    static int parallelism(ServerSettings settings) {
        return Math.max(1, settings.endpoints().stream().mapToInt(EndpointSetting::parallelism).sum());
    }
}
