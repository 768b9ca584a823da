package org.llm4rec.explorer.app.port;

import java.util.Optional;
import org.llm4rec.explorer.domain.llm.LlmResult;

/** Answers kept by request, so that asking again the same thing costs nothing. */
public interface ResponseCache {

    Optional<LlmResult> find(String key);

    void put(String key, String model, LlmResult result);

    /** How many answers are kept and how much text they hold. */
    Size size();

    void clear();

    /**
     * @param entries answers kept
     * @param bytes   bytes of text (answers and thinking) kept
     */
    record Size(long entries, long bytes) {
    }
}
