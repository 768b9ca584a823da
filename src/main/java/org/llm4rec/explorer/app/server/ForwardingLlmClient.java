package org.llm4rec.explorer.app.server;

import java.util.List;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmRequest;
import org.llm4rec.explorer.domain.llm.LlmResult;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.llm.ServerStatus;

/** A client in front of another one: every call goes through to it unless a subclass adds to that call. */
abstract class ForwardingLlmClient implements LlmClient {
    /** The client that calls go to, read anew for each call. */
    abstract LlmClient delegate();

    @Override
    public ServerStatus status() {
        return delegate().status();
    }

    @Override
    public List<ModelInfo> models() throws LlmException {
        return delegate().models();
    }

    @Override
    public LlmResult generate(LlmRequest request, LlmListener listener, Cancellation cancellation)
            throws LlmException {
        return delegate().generate(request, listener, cancellation);
    }
}
