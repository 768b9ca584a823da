package org.llm4rec.explorer.domain.llm;

/** Receives text as it streams in. Called on a background thread. */
public interface LlmListener {
    void onText(String chunk);

    default void onThinking(String chunk) {
    }

    LlmListener NONE = chunk -> { };
}
