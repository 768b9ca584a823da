package org.llm4rec.explorer.domain.llm;

/** Receives text as it streams in. Called on a background thread. */
public interface LlmListener {
    void onText(String chunk);

    default void onThinking(String chunk) {
    }

    /**
     * The text delivered so far is void: the server answering failed and the request starts again on another
     * one, whose text follows.
     */
    default void onRestart() {
    }

    LlmListener NONE = chunk -> { };
}
