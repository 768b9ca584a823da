package org.llm4rec.explorer.app.port;

import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmRequest;
import org.llm4rec.explorer.domain.llm.LlmResult;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.llm.ServerStatus;
import java.util.List;

/**
 * The model server as the app needs it. Implementations block the calling thread, which is always a
 * background thread, and never the JavaFX thread.
 */
public interface LlmClient {

    /** Asks the server for its version; never throws: an unreachable server is a status, not an error. */
    ServerStatus status();

    /** Installed models. */
    List<ModelInfo> models() throws LlmException;

    /**
     * Generates an answer, streaming text to the listener as it arrives.
     *
     * @throws LlmException with a user-facing message and any partial text, on any failure or cancel
     */
    LlmResult generate(LlmRequest request, LlmListener listener, Cancellation cancellation) throws LlmException;
}
