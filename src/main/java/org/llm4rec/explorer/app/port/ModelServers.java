package org.llm4rec.explorer.app.port;

/** Makes the adapters for one model server; implemented where the adapters are known (the composition root). */
public interface ModelServers {
    LlmClient client(EndpointSetting endpoint, ServerSettings settings);

    ModelAdmin admin(String url, ServerSettings settings);
}
