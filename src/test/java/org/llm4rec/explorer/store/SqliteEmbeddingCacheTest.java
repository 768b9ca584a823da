package org.llm4rec.explorer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteEmbeddingCacheTest {
    @RegisterExtension
    final TempDatabase database = new TempDatabase();
    private SqliteEmbeddingCache cache;

    @BeforeEach
    void setUp() {
        cache = new SqliteEmbeddingCache(database.get());
    }

    @Test
    void keepsVectorsExactlyPerModelVersionAndTextAcrossARestart() {
        cache.put("sha256:aaa", "nomic-embed-text", Map.of("h1", new float[] {0.25f, -1.5f, 3e-7f},
                "h2", new float[] {1, 0}));
        cache = new SqliteEmbeddingCache(database.reopen());

        Map<String, float[]> found = cache.find("sha256:aaa", List.of("h1", "h2", "h3"));

        assertThat(found).containsOnlyKeys("h1", "h2");
        assertThat(found.get("h1")).containsExactly(0.25f, -1.5f, 3e-7f);
        assertThat(cache.find("sha256:bbb", List.of("h1"))).isEmpty();
    }

    @Test
    void aNewVectorForTheSameKeyReplacesTheOld() {
        cache.put("m", "m", Map.of("h", new float[] {1, 2}));
        cache.put("m", "m", Map.of("h", new float[] {3, 4, 5}));

        assertThat(cache.find("m", List.of("h")).get("h")).containsExactly(3, 4, 5);
    }

    @Test
    void looksUpMoreHashesThanOneStatementTakes() {
        Map<String, float[]> many = new LinkedHashMap<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < 1234; i++) {
            many.put("h" + i, new float[] {i});
            hashes.add("h" + i);
        }
        cache.put("m", "m", many);

        Map<String, float[]> found = cache.find("m", hashes);

        assertThat(found).hasSize(1234);
        assertThat(found.get("h1233")).containsExactly(1233f);
    }
}
