package org.llm4rec.explorer.app.server;

import org.llm4rec.explorer.app.port.EndpointSetting;
import org.llm4rec.explorer.app.port.ServerSettings;
import org.llm4rec.explorer.app.port.SettingsRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes {@link ServerSettings} as named values. Servers are stored one per line as "URL parallelism",
 * with "openai " in front for an OpenAI-compatible server: the form the settings dialog shows, so the stored text
 * stays readable in any SQLite browser.
 */
public final class ServerSettingsStore {
    private static final String PREFIX = "server.";
    private static final String ENDPOINTS = PREFIX + "endpoints";
    private static final String FIRST_TOKEN = PREFIX + "firstTokenTimeoutSeconds";
    private static final String IDLE = PREFIX + "idleTimeoutSeconds";
    private static final String OPENAI = "openai";

    private final SettingsRepository repository;

    public ServerSettingsStore(SettingsRepository repository) {
        this.repository = repository;
    }

    /** The saved settings, or empty when none were saved or they no longer make sense. */
    public Optional<ServerSettings> load() {
        Map<String, String> values = repository.load(PREFIX);
        if (!values.containsKey(ENDPOINTS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ServerSettings(parseEndpoints(values.get(ENDPOINTS)),
                    Duration.ofSeconds(Long.parseLong(values.getOrDefault(FIRST_TOKEN, "300"))),
                    Duration.ofSeconds(Long.parseLong(values.getOrDefault(IDLE, "60")))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void save(ServerSettings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ENDPOINTS, formatEndpoints(settings.endpoints()));
        values.put(FIRST_TOKEN, Long.toString(settings.firstTokenTimeout().toSeconds()));
        values.put(IDLE, Long.toString(settings.idleTimeout().toSeconds()));
        repository.save(values);
    }

    public static String formatEndpoints(List<EndpointSetting> endpoints) {
        StringBuilder text = new StringBuilder();
        for (EndpointSetting endpoint : endpoints) {
            if (endpoint.provider() == EndpointSetting.Provider.OPENAI) {
                text.append(OPENAI).append(' ');
            }
            text.append(endpoint.url()).append(' ').append(endpoint.parallelism()).append('\n');
        }
        return text.toString().strip();
    }

    /**
     * Reads "[openai] URL [parallelism]" lines; blank lines and lines starting with # are skipped.
     *
     * @throws IllegalArgumentException naming the line that is wrong
     */
    public static List<EndpointSetting> parseEndpoints(String text) {
        List<EndpointSetting> endpoints = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            EndpointSetting.Provider provider = EndpointSetting.Provider.OLLAMA;
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith(OPENAI + " ")) {
                provider = EndpointSetting.Provider.OPENAI;
                line = line.substring(OPENAI.length()).strip();
            }
            String[] parts = line.split("\\s+");
            if (parts.length > 2) {
                throw new IllegalArgumentException("Server line " + (i + 1) + " (\"" + line
                        + "\") has too many parts: write the address, then optionally the number of parallel requests.");
            }
            int parallelism = ServerSettings.DEFAULT_PARALLELISM;
            if (parts.length == 2) {
                try {
                    parallelism = Integer.parseInt(parts[1]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Server line " + (i + 1) + ": \"" + parts[1]
                            + "\" is not a number of parallel requests.");
                }
            }
            try {
                endpoints.add(new EndpointSetting(parts[0], parallelism, provider));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Server line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return endpoints;
    }
}
