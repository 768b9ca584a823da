package org.llm4rec.explorer.llm;

import java.time.Duration;
import org.llm4rec.explorer.app.port.EndpointSetting;
import org.llm4rec.explorer.app.port.ModelServers;
import org.llm4rec.explorer.app.port.ServerSettings;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.app.port.ModelAdmin;

/** Makes the adapters for each server in the settings: Ollama's, or the OpenAI-compatible one. */
public final class OllamaServers implements ModelServers {

    @Override
    public LlmClient client(EndpointSetting endpoint, ServerSettings settings) {
        if (endpoint.provider() == EndpointSetting.Provider.OPENAI) {
            return new OpenAiCompatibleClient(endpoint.url(),
                    ollamaSettings(OllamaSettings.DEFAULT_BASE_URL, settings));
        }
        return new OllamaLlmClient(ollamaSettings(endpoint.url(), settings));
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
