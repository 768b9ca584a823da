package org.llm4rec.explorer.app.server;

import java.util.Objects;
import org.llm4rec.explorer.app.port.LlmClient;

/**
 * The client everyone holds, whose target can be replaced when the settings change: requests under way finish
 * on the client they started with, new ones go to the new one. This is what lets settings apply without a restart.
 */
public final class SwitchableLlmClient extends ForwardingLlmClient {
    private volatile LlmClient current;

    public SwitchableLlmClient(LlmClient initial) {
        this.current = Objects.requireNonNull(initial);
    }

    public void switchTo(LlmClient next) {
        current = Objects.requireNonNull(next);
    }

    @Override
    LlmClient delegate() {
        return current;
    }
}
