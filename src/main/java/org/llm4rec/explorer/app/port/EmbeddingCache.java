package org.llm4rec.explorer.app.port;

import java.util.Collection;
import java.util.Map;

/**
 * Vectors already made, keyed by the model version (its digest) and a hash of the text, so that a catalogue is
 * embedded once per model version. The store implements it over SQLite.
 */
public interface EmbeddingCache {

    /** The cached vectors among these text hashes for the model version, by hash; absent ones are left out. */
    Map<String, float[]> find(String modelKey, Collection<String> textHashes);

    /** Keeps these vectors (by text hash) for the model version; an existing entry is replaced. */
    void put(String modelKey, String modelName, Map<String, float[]> vectorsByHash);

    /** A cache that keeps nothing, for places without a store. */
    EmbeddingCache NONE = new EmbeddingCache() {
        @Override
        public Map<String, float[]> find(String modelKey, Collection<String> textHashes) {
            return Map.of();
        }

        @Override
        public void put(String modelKey, String modelName, Map<String, float[]> vectorsByHash) {
        }
    };
}
