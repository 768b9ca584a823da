package org.llm4rec.explorer.app.port;

import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import java.util.List;

/**
 * A server's embedding model: turns texts into vectors. Implementations block the calling (background) thread and
 * send every text of one call in one request, so callers choose the batch size.
 */
public interface Embedder {

    /**
     * One vector per text, in the order given.
     *
     * @throws LlmException with a user-facing message on any failure, {@link LlmFailure#CANCELLED} on cancel
     */
    List<float[]> embed(String model, List<String> texts, Cancellation cancellation) throws LlmException;

    /** For places where no server is configured: every call fails with a message saying so. */
    Embedder NONE = (model, texts, cancellation) -> {
        throw new LlmException(LlmFailure.NOT_REACHABLE, "Embedding ranking is not available here: no embedding"
                + " server is configured.", "", null);
    };
}
