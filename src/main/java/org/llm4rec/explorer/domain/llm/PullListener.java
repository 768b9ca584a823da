package org.llm4rec.explorer.domain.llm;

/** Receives a pull's progress. Called on a background thread. */
@FunctionalInterface
public interface PullListener {
    void onProgress(PullProgress progress);
}
