package org.llm4rec.explorer.domain.run;

import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import java.time.Instant;
import java.util.List;
import org.llm4rec.explorer.domain.candidates.CandidateSet;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.llm.LlmMetrics;
import org.llm4rec.explorer.domain.parse.ParseStatus;

/**
 * Everything needed to show a run again and to replay it exactly.
 *
 * @param id              run id
 * @param createdAt       when it started
 * @param datasetId       dataset id
 * @param datasetVersion  dataset version (content hash)
 * @param profileId       profile id
 * @param profileName     profile name at the time
 * @param strategyId      strategy id
 * @param templateId      template id
 * @param templateVersion template version
 * @param model           model name
 * @param modelDigest     model digest, null when the server did not list it
 * @param serverVersion   model server version, null when unknown
 * @param options         generation options sent
 * @param prompt          the exact prompt sent
 * @param promptHash      SHA-256 of the prompt, hex
 * @param rawResponse     the answer text as received (partial when failed or cancelled)
 * @param thinking        the native thinking trace, may be empty
 * @param parseStatus     how the answer was read
 * @param recommendations the grounded list
 * @param metrics         timings and tokens, null when the request failed
 * @param status          how it ended
 * @param message         a note for the user (parse note, failure message), may be empty
 * @param profileHash     {@link Profile#fingerprint()} of the profile as run, so that results made from an older
 *                        version of a profile can be told apart; null for runs stored before it was recorded
 * @param steps           every call when the run needed several, in order; empty for a single call
 * @param candidates      the candidates shown, in the order shown, with the protocol and seed that drew them;
 *                        null for open generation
 * @param failure         why the request failed, null when it did not
 */
public record RunRecord(String id, Instant createdAt, String datasetId, String datasetVersion, String profileId,
                        String profileName, String strategyId, String templateId, int templateVersion,
                        String model, String modelDigest, String serverVersion, GenerationOptions options,
                        String prompt, String promptHash, String rawResponse, String thinking,
                        ParseStatus parseStatus, List<Recommendation> recommendations, LlmMetrics metrics,
                        RunStatus status, String message, String profileHash, List<RunStep> steps,
                        CandidateSet candidates, LlmFailure failure) {
    public RunRecord {
        recommendations = List.copyOf(recommendations);
        steps = steps == null ? List.of() : List.copyOf(steps);
        thinking = thinking == null ? "" : thinking;
        message = message == null ? "" : message;
    }

    /** A single-call run over open generation, without the profile's fingerprint. */
    public RunRecord(String id, Instant createdAt, String datasetId, String datasetVersion, String profileId,
                     String profileName, String strategyId, String templateId, int templateVersion,
                     String model, String modelDigest, String serverVersion, GenerationOptions options,
                     String prompt, String promptHash, String rawResponse, String thinking,
                     ParseStatus parseStatus, List<Recommendation> recommendations, LlmMetrics metrics,
                     RunStatus status, String message) {
        this(id, createdAt, datasetId, datasetVersion, profileId, profileName, strategyId, templateId,
                templateVersion, model, modelDigest, serverVersion, options, prompt, promptHash, rawResponse,
                thinking, parseStatus, recommendations, metrics, status, message, null, List.of(), null, null);
    }

    /** A single-call run over open generation, with the profile's fingerprint. */
    public RunRecord(String id, Instant createdAt, String datasetId, String datasetVersion, String profileId,
                     String profileName, String strategyId, String templateId, int templateVersion,
                     String model, String modelDigest, String serverVersion, GenerationOptions options,
                     String prompt, String promptHash, String rawResponse, String thinking,
                     ParseStatus parseStatus, List<Recommendation> recommendations, LlmMetrics metrics,
                     RunStatus status, String message, String profileHash) {
        this(id, createdAt, datasetId, datasetVersion, profileId, profileName, strategyId, templateId,
                templateVersion, model, modelDigest, serverVersion, options, prompt, promptHash, rawResponse,
                thinking, parseStatus, recommendations, metrics, status, message, profileHash, List.of(), null, null);
    }

    /** A run without the profile's fingerprint. */
    public RunRecord(String id, Instant createdAt, String datasetId, String datasetVersion, String profileId,
                     String profileName, String strategyId, String templateId, int templateVersion,
                     String model, String modelDigest, String serverVersion, GenerationOptions options,
                     String prompt, String promptHash, String rawResponse, String thinking,
                     ParseStatus parseStatus, List<Recommendation> recommendations, LlmMetrics metrics,
                     RunStatus status, String message, List<RunStep> steps, CandidateSet candidates) {
        this(id, createdAt, datasetId, datasetVersion, profileId, profileName, strategyId, templateId,
                templateVersion, model, modelDigest, serverVersion, options, prompt, promptHash, rawResponse,
                thinking, parseStatus, recommendations, metrics, status, message, null, steps, candidates, null);
    }

    /** A single-call run over open generation that failed, or not, for a model-server reason. */
    public RunRecord(String id, Instant createdAt, String datasetId, String datasetVersion, String profileId,
                     String profileName, String strategyId, String templateId, int templateVersion,
                     String model, String modelDigest, String serverVersion, GenerationOptions options,
                     String prompt, String promptHash, String rawResponse, String thinking,
                     ParseStatus parseStatus, List<Recommendation> recommendations, LlmMetrics metrics,
                     RunStatus status, String message, LlmFailure failure) {
        this(id, createdAt, datasetId, datasetVersion, profileId, profileName, strategyId, templateId,
                templateVersion, model, modelDigest, serverVersion, options, prompt, promptHash, rawResponse,
                thinking, parseStatus, recommendations, metrics, status, message, null, List.of(), null, failure);
    }
}
