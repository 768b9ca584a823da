package org.llm4rec.explorer.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.llm4rec.explorer.app.port.EmbeddingCache;

/** The embedding cache in the embedding_cache table, vectors as float32 blobs. */
public final class SqliteEmbeddingCache implements EmbeddingCache {
    /** SQLite allows 999 parameters in old builds; one less than that leaves room for the model key. */
    private static final int LOOKUP_CHUNK = 500;

    private final Database db;

    public SqliteEmbeddingCache(Database db) {
        this.db = db;
    }

    @Override
    public Map<String, float[]> find(String modelKey, Collection<String> textHashes) {
        List<String> all = new ArrayList<>(textHashes);
        return db.read(c -> {
            Map<String, float[]> found = new HashMap<>();
            for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement p = c.prepareStatement("SELECT text_hash, vector FROM embedding_cache"
                        + " WHERE model_key = ? AND text_hash IN (" + marks + ")")) {
                    p.setString(1, modelKey);
                    for (int i = 0; i < chunk.size(); i++) {
                        p.setString(i + 2, chunk.get(i));
                    }
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getString(1), floats(rs.getBytes(2)));
                        }
                    }
                }
            }
            return found;
        });
    }

    @Override
    public void put(String modelKey, String modelName, Map<String, float[]> vectorsByHash) {
        String now = Timestamps.format(Instant.now());
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO embedding_cache"
                    + " (model_key, text_hash, model, dimensions, vector, created_at) VALUES (?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (model_key, text_hash) DO UPDATE SET model = excluded.model,"
                    + " dimensions = excluded.dimensions, vector = excluded.vector,"
                    + " created_at = excluded.created_at")) {
                for (Map.Entry<String, float[]> e : vectorsByHash.entrySet()) {
                    p.setString(1, modelKey);
                    p.setString(2, e.getKey());
                    p.setString(3, modelName);
                    p.setInt(4, e.getValue().length);
                    p.setBytes(5, bytes(e.getValue()));
                    p.setString(6, now);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] floats(byte[] blob) {
        float[] vector = new float[blob.length / Float.BYTES];
        ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
