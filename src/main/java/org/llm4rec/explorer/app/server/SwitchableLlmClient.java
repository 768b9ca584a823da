package org.llm4rec.explorer.app.server;

import java.util.List;
import java.util.Objects;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmRequest;
import org.llm4rec.explorer.domain.llm.LlmResult;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.llm.ServerStatus;

/**
 * The client everyone holds, whose target can be replaced when the settings change: requests under way finish
 * on the client they started with, new ones go to the new one. This is what lets settings apply without a restart.
 */
public final class SwitchableLlmClient implements LlmClient {
    private volatile LlmClient current;

    public SwitchableLlmClient(LlmClient initial) {
        this.current = Objects.requireNonNull(initial);
    }

    public void switchTo(LlmClient next) {
        current = Objects.requireNonNull(next);
    }

    @Override
    public ServerStatus status() {
        return current.status();
    }

    @Override
    public List<ModelInfo> models() throws LlmException {
        return current.models();
    }

    @Override
    public LlmResult generate(LlmRequest request, LlmListener listener, Cancellation cancellation)
            throws LlmException {
        return current.generate(request, listener, cancellation);
    }
}
