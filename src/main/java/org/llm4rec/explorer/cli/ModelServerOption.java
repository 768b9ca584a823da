package org.llm4rec.explorer.cli;

import org.llm4rec.explorer.app.port.EndpointSetting;
import org.llm4rec.explorer.app.port.ServerSettings;
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

    /** The parallel-request limits of the servers, summed. */
    static int parallelism(ServerSettings settings) {
        return Math.max(1, settings.endpoints().stream().mapToInt(EndpointSetting::parallelism).sum());
    }
}
