package org.llm4rec.explorer.domain.run;

import java.time.Instant;
import java.util.List;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.candidates.CandidateSet;
import org.llm4rec.explorer.domain.grounding.Recommendation;
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

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a run field by field: most fields are optional (a run without steps, candidates, fingerprint or
     * failure), and naming each one keeps 26 positional arguments from being swapped unseen.
     */
    public static final class Builder {
        private String id;
        private Instant createdAt;
        private String datasetId;
        private String datasetVersion;
        private String profileId;
        private String profileName;
        private String strategyId;
        private String templateId;
        private int templateVersion;
        private String model;
        private String modelDigest;
        private String serverVersion;
        private GenerationOptions options;
        private String prompt;
        private String promptHash;
        private String rawResponse;
        private String thinking;
        private ParseStatus parseStatus;
        private List<Recommendation> recommendations = List.of();
        private LlmMetrics metrics;
        private RunStatus status;
        private String message;
        private String profileHash;
        private List<RunStep> steps = List.of();
        private CandidateSet candidates;
        private LlmFailure failure;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder datasetId(String datasetId) {
            this.datasetId = datasetId;
            return this;
        }

        public Builder datasetVersion(String datasetVersion) {
            this.datasetVersion = datasetVersion;
            return this;
        }

        public Builder profileId(String profileId) {
            this.profileId = profileId;
            return this;
        }

        public Builder profileName(String profileName) {
            this.profileName = profileName;
            return this;
        }

        public Builder strategyId(String strategyId) {
            this.strategyId = strategyId;
            return this;
        }

        public Builder templateId(String templateId) {
            this.templateId = templateId;
            return this;
        }

        public Builder templateVersion(int templateVersion) {
            this.templateVersion = templateVersion;
            return this;
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder modelDigest(String modelDigest) {
            this.modelDigest = modelDigest;
            return this;
        }

        public Builder serverVersion(String serverVersion) {
            this.serverVersion = serverVersion;
            return this;
        }

        public Builder options(GenerationOptions options) {
            this.options = options;
            return this;
        }

        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        public Builder promptHash(String promptHash) {
            this.promptHash = promptHash;
            return this;
        }

        public Builder rawResponse(String rawResponse) {
            this.rawResponse = rawResponse;
            return this;
        }

        public Builder thinking(String thinking) {
            this.thinking = thinking;
            return this;
        }

        public Builder parseStatus(ParseStatus parseStatus) {
            this.parseStatus = parseStatus;
            return this;
        }

        public Builder recommendations(List<Recommendation> recommendations) {
            this.recommendations = recommendations;
            return this;
        }

        public Builder metrics(LlmMetrics metrics) {
            this.metrics = metrics;
            return this;
        }

        public Builder status(RunStatus status) {
            this.status = status;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Builder profileHash(String profileHash) {
            this.profileHash = profileHash;
            return this;
        }

        public Builder steps(List<RunStep> steps) {
            this.steps = steps;
            return this;
        }

        public Builder candidates(CandidateSet candidates) {
            this.candidates = candidates;
            return this;
        }

        public Builder failure(LlmFailure failure) {
            this.failure = failure;
            return this;
        }

        public RunRecord build() {
            return new RunRecord(id, createdAt, datasetId, datasetVersion, profileId, profileName, strategyId, templateId, templateVersion, model, modelDigest, serverVersion, options, prompt, promptHash, rawResponse, thinking, parseStatus, recommendations, metrics, status, message, profileHash, steps, candidates, failure);
        }
    }
}
