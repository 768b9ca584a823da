package org.llm4rec.explorer.app.server;

import org.llm4rec.explorer.app.port.EndpointSetting;
import org.llm4rec.explorer.app.port.ServerSettings;
import java.time.Duration;
import java.util.List;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.app.port.ModelServers;
import org.llm4rec.explorer.app.port.ModelAdmin;

/**
 * The model servers as currently set: builds the pool from the settings, hands out the one client everyone uses,
 * and rebuilds it when new settings are applied, without a restart.
 */
public final class ServerConnection {
    /** How long a failed server stays out of the pool before a request may try it again. */
    static final Duration PROBATION = Duration.ofSeconds(10);

    private final ServerSettingsStore store;
    private final ModelServers clients;
    private final SwitchableLlmClient client;
    private volatile ServerSettings settings;

    /**
     * @param fallback the settings when none were saved (the address from the command line or OLLAMA_HOST)
     */
    public ServerConnection(ServerSettingsStore store, ModelServers clients, ServerSettings fallback) {
        this(clients, store, store.load().orElse(fallback));
    }

    private ServerConnection(ModelServers clients, ServerSettingsStore store, ServerSettings settings) {
        this.store = store;
        this.clients = clients;
        this.settings = settings;
        this.client = new SwitchableLlmClient(pool(settings));
    }

    /** Starts with the given servers whatever was saved (a server named on the command line). */
    public static ServerConnection startingWith(ServerSettingsStore store, ModelServers clients,
                                                ServerSettings settings) {
        return new ServerConnection(clients, store, settings);
    }

    public ServerSettings settings() {
        return settings;
    }

    /** The client for generation, status and models; it follows every {@link #apply}. */
    public LlmClient client() {
        return client;
    }

    /** Saves the settings and sends new requests by them from now on. Runs on a background thread (it writes). */
    public void apply(ServerSettings newSettings) {
        store.save(newSettings);
        settings = newSettings;
        client.switchTo(pool(newSettings));
    }

    /** Model management for one of the servers. */
    public ModelAdmin admin(String url) {
        return clients.admin(url, settings);
    }

    private EndpointPool pool(ServerSettings s) {
        List<EndpointPool.Endpoint> endpoints = s.endpoints().stream()
                .map(e -> new EndpointPool.Endpoint(e.url(), e.parallelism(), clients.client(e, s)))
                .toList();
        return new EndpointPool(endpoints, PROBATION);
    }
}
