package org.llm4rec.explorer.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.llm4rec.explorer.domain.Recommendation;
import org.llm4rec.explorer.domain.RunRecord;
import org.llm4rec.explorer.domain.RunStatus;
import org.llm4rec.explorer.domain.grounding.Grounder;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.ContextWindow;
import org.llm4rec.explorer.domain.llm.LlmClient;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmRequest;
import org.llm4rec.explorer.domain.llm.LlmResult;
import org.llm4rec.explorer.domain.parse.ParseResult;
import org.llm4rec.explorer.domain.parse.ParseStatus;
import org.llm4rec.explorer.domain.parse.ResponseParser;
import org.llm4rec.explorer.domain.prompt.StrategyInput;
import org.llm4rec.explorer.domain.prompt.StrategyPrompt;

/**
 * Runs one configuration on one profile: prompt, stream, parse, ground, store. Every outcome, failures and
 * cancels included, becomes a stored run, so that nothing the user saw is lost.
 */
public final class RecommendationService {
    private final LlmClient llm;
    private final CatalogueRepository catalogue;
    private final RunRepository runs;
    private final ResponseParser parser;
    private final Clock clock;

    public RecommendationService(LlmClient llm, CatalogueRepository catalogue, RunRepository runs,
                                 ResponseParser parser, Clock clock) {
        this.llm = llm;
        this.catalogue = catalogue;
        this.runs = runs;
        this.parser = parser;
        this.clock = clock;
    }

    /** Builds the exact prompt a request would send, without sending it. */
    public StrategyPrompt preview(RecommendationRequest request) {
        StrategyInput input = new StrategyInput(request.dataset(), request.profile(), request.count(),
                request.candidates());
        return request.strategy().build(input, request.template());
    }

    /**
     * Runs the request on the calling (background) thread and returns the stored run.
     *
     * @throws IllegalArgumentException when the profile has nothing a prompt could show
     */
    public RunRecord recommend(RecommendationRequest request, LlmListener listener, Cancellation cancellation) {
        if (request.profile().visibleHistory().isEmpty()) {
            throw new IllegalArgumentException("The profile \"" + request.profile().name()
                    + "\" has no visible history: add at least one item that is not held out.");
        }
        var started = clock.instant();
        StrategyPrompt prompt = preview(request);
        String promptText = prompt.prompt().text();
        var llmRequest = new LlmRequest(request.model().name(), promptText, request.options(), prompt.jsonSchema(),
                request.model().digest(), request.repeatIndex(), request.bypassCache());
        String contextWarning = ContextWindow.beforeSending(promptText, request.options()).orElse("");
        RunRecord run;
        try {
            LlmResult result = llm.generate(llmRequest, listener, cancellation);
            ParseResult parsed = parser.parse(result.text());
            List<Recommendation> list = new Grounder(catalogue).ground(request.dataset().id(), parsed,
                    request.profile(), request.candidates());
            RunStatus status = parsed.status() == ParseStatus.FAILED ? RunStatus.PARSE_FAILED : RunStatus.COMPLETED;
            String cut = result.truncated() ? "The answer hit the output limit (num_predict) and was cut off." : "";
            String promptCut = ContextWindow.afterRun(result.metrics() == null ? null
                    : result.metrics().promptTokens(), request.options()).orElse(contextWarning);
            String message = joined(joined(cut, promptCut), parsed.message());
            run = record(request, started, promptText, result.text(), result.thinking(), parsed.status(), list,
                    result, status, message, null);
        } catch (LlmException e) {
            RunStatus status = e.failure() == LlmFailure.CANCELLED ? RunStatus.CANCELLED : RunStatus.FAILED;
            run = record(request, started, promptText, e.partialText(), "", ParseStatus.FAILED, List.of(), null,
                    status, joined(e.getMessage(), contextWarning), e.failure());
        }
        runs.save(run);
        return run;
    }

    private RunRecord record(RecommendationRequest request, java.time.Instant started, String prompt, String raw,
                             String thinking, ParseStatus parseStatus, List<Recommendation> list, LlmResult result,
                             RunStatus status, String message, LlmFailure failure) {
        return new RunRecord(UUID.randomUUID().toString(), started, request.dataset().id(),
                request.dataset().version(), request.profile().id(), request.profile().name(),
                request.strategy().id(), request.template().id(), request.template().version(),
                request.model().name(), request.model().digest(), request.serverVersion(), request.options(),
                prompt, sha256(prompt), raw, thinking, parseStatus, list, result == null ? null : result.metrics(),
                status, message, failure);
    }

    private static String joined(String first, String second) {
        return second.isBlank() ? first : first.isBlank() ? second : first + " " + second;
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
