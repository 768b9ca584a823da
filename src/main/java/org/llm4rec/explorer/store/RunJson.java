package org.llm4rec.explorer.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.llm4rec.explorer.app.port.ColumnConfiguration;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.run.RunStep;
import org.llm4rec.explorer.domain.candidates.CandidateSet;
import org.llm4rec.explorer.domain.llm.LlmMetrics;

/**
 * The JSON columns of a run. The domain records are written as they are; unknown properties are ignored on
 * reading, so that runs saved by a later version (with more fields) still open. Renaming a record component
 * would orphan the old name in saved runs and needs a migration that rewrites the JSON.
 */
final class RunJson {
    private static final TypeReference<List<Recommendation>> RECOMMENDATIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<RunStep>> STEPS = new TypeReference<>() {
    };
    private static final TypeReference<List<ColumnConfiguration>> COLUMNS = new TypeReference<>() {
    };

    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    GenerationOptions options(String json, String runId) {
        return read(json, GenerationOptions.class, runId);
    }

    LlmMetrics metrics(String json, String runId) {
        return read(json, LlmMetrics.class, runId);
    }

    CandidateSet candidates(String json, String runId) {
        return read(json, CandidateSet.class, runId);
    }

    List<Recommendation> recommendations(String json, String runId) {
        return list(json, RECOMMENDATIONS, "recommendations", runId);
    }

    List<RunStep> steps(String json, String runId) {
        return list(json, STEPS, "steps", runId);
    }

    List<ColumnConfiguration> columns(String json, String comparison) {
        return list(json, COLUMNS, "columns", comparison);
    }

    ColumnConfiguration column(String json, String comparisonRunId) {
        return read(json, ColumnConfiguration.class, comparisonRunId);
    }

    private <T> List<T> list(String json, TypeReference<List<T>> type, String what, String runId) {
        if (json == null) {
            return List.of();
        }
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("The " + what + " saved with run " + runId + " cannot be read: "
                    + e.getOriginalMessage(), e);
        }
    }

    private <T> T read(String json, Class<T> type, String runId) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("The " + type.getSimpleName() + " saved with run " + runId
                    + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
