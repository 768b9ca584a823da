package org.llm4rec.explorer.llm;

import java.time.Duration;
import org.llm4rec.explorer.app.server.ServerConnection;
import org.llm4rec.explorer.app.server.ServerSettings;
import org.llm4rec.explorer.domain.llm.LlmClient;
import org.llm4rec.explorer.domain.llm.ModelAdmin;

/** Makes the Ollama adapters for each server in the settings. */
public final class OllamaServers implements ServerConnection.Clients {

    @Override
    public LlmClient client(String url, ServerSettings settings) {
        return new OllamaLlmClient(ollamaSettings(url, settings));
    }

    @Override
    public ModelAdmin admin(String url, ServerSettings settings) {
        return new OllamaModelAdmin(ollamaSettings(url, settings));
    }

    /** The overall deadline leaves room for a cold load plus a long answer, however the two limits are set. */
    static OllamaSettings ollamaSettings(String url, ServerSettings settings) {
        OllamaSettings defaults = OllamaSettings.defaults();
        Duration deadline = settings.firstTokenTimeout().plus(defaults.deadline());
        return new OllamaSettings(url, defaults.connectTimeout(), settings.firstTokenTimeout(),
                settings.idleTimeout(), deadline);
    }
}
