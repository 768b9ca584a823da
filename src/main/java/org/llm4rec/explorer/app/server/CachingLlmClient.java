package org.llm4rec.explorer.app.server;

import java.util.Optional;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.app.port.ResponseCache;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmRequest;
import org.llm4rec.explorer.domain.llm.LlmResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a request from the {@link ResponseCache} when the same weights were asked the same thing before, else
 * asks the server and keeps the answer. Only complete answers are kept, and only for requests that name the
 * model's digest: a name alone may point at other weights tomorrow. A cache that fails is logged and passed by,
 * because it must never cost the user an answer.
 */
public final class CachingLlmClient extends ForwardingLlmClient {
    private static final Logger log = LoggerFactory.getLogger(CachingLlmClient.class);

    private final LlmClient delegate;
    private final ResponseCache cache;

    public CachingLlmClient(LlmClient delegate, ResponseCache cache) {
        this.delegate = delegate;
        this.cache = cache;
    }

    @Override
    LlmClient delegate() {
        return delegate;
    }

    @Override
    public LlmResult generate(LlmRequest request, LlmListener listener, Cancellation cancellation)
            throws LlmException {
        if (request.modelDigest() == null || request.modelDigest().isBlank()) {
            return delegate.generate(request, listener, cancellation);
        }
        String key = CacheKey.of(request);
        if (!request.bypassCache()) {
            Optional<LlmResult> hit = find(key);
            if (hit.isPresent()) {
                LlmResult cached = hit.get();
                LlmListener target = listener == null ? LlmListener.NONE : listener;
                if (!cached.thinking().isEmpty()) {
                    target.onThinking(cached.thinking());
                }
                target.onText(cached.text());
                return new LlmResult(cached.text(), cached.thinking(), cached.doneReason(),
                        cached.metrics() == null ? null : cached.metrics().asCached());
            }
        }
        LlmResult result = delegate.generate(request, listener, cancellation);
        try {
            cache.put(key, request.model(), result);
        } catch (RuntimeException e) {
            log.warn("The answer could not be kept in the response cache", e);
        }
        return result;
    }

    private Optional<LlmResult> find(String key) {
        try {
            return cache.find(key);
        } catch (RuntimeException e) {
            log.warn("The response cache could not be read; asking the server", e);
            return Optional.empty();
        }
    }
}
