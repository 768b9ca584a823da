package org.llm4rec.explorer.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.llm4rec.explorer.app.port.CatalogueRepository;
import org.llm4rec.explorer.app.port.Embedder;
import org.llm4rec.explorer.app.port.EmbeddingCache;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.app.port.RunRepository;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.candidates.BordaCount;
import org.llm4rec.explorer.domain.candidates.CandidateGenerator;
import org.llm4rec.explorer.domain.candidates.CandidateSet;
import org.llm4rec.explorer.domain.candidates.Interactions;
import org.llm4rec.explorer.domain.grounding.Grounder;
import org.llm4rec.explorer.domain.grounding.LetterGrounding;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.ContextWindow;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmMetrics;
import org.llm4rec.explorer.domain.llm.LlmRequest;
import org.llm4rec.explorer.domain.llm.LlmResult;
import org.llm4rec.explorer.domain.parse.LetterAnswer;
import org.llm4rec.explorer.domain.parse.ParseResult;
import org.llm4rec.explorer.domain.parse.ParseStatus;
import org.llm4rec.explorer.domain.parse.ResponseParser;
import org.llm4rec.explorer.domain.prompt.AnswerText;
import org.llm4rec.explorer.domain.prompt.EmbeddingStrategy;
import org.llm4rec.explorer.domain.prompt.StepwiseStrategy;
import org.llm4rec.explorer.domain.prompt.StrategyInput;
import org.llm4rec.explorer.domain.prompt.StrategyPrompt;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.run.RunStatus;
import org.llm4rec.explorer.domain.run.RunStep;

/**
 * Runs one configuration on one profile: draw candidates, prompt, stream, parse, ground, store. A multi-step
 * strategy or a bootstrapped ranking makes several calls, each kept as a step. Every outcome, failures and
 * cancels included, becomes a stored run, so that nothing the user saw is lost.
 */
public final class RecommendationService {
    private final LlmClient llm;
    private final CatalogueRepository catalogue;
    private final RunRepository runs;
    private final ResponseParser parser;
    private final Clock clock;
    private final RunPreparer preparer;
    private final EmbeddingRanker embeddings;

    public RecommendationService(LlmClient llm, CatalogueRepository catalogue, RunRepository runs,
                                 ResponseParser parser, Clock clock, Interactions interactions,
                                 EmbeddingRanker embeddings) {
        this.llm = llm;
        this.catalogue = catalogue;
        this.runs = runs;
        this.parser = parser;
        this.clock = clock;
        this.preparer = new RunPreparer(catalogue, interactions);
        this.embeddings = embeddings;
    }

    /** Without an embedding server: embedding strategies end with a message saying so. */
    public RecommendationService(LlmClient llm, CatalogueRepository catalogue, RunRepository runs,
                                 ResponseParser parser, Clock clock, Interactions interactions) {
        this(llm, catalogue, runs, parser, clock, interactions,
                new EmbeddingRanker(Embedder.NONE, EmbeddingCache.NONE, catalogue, clock));
    }

    public RecommendationService(LlmClient llm, CatalogueRepository catalogue, RunRepository runs,
                                 ResponseParser parser, Clock clock) {
        this(llm, catalogue, runs, parser, clock, Interactions.NONE);
    }

    /** Draws the request's candidates and demonstrations (reads the store: call it in the background). */
    public PreparedRun prepare(RecommendationRequest request) {
        return preparer.prepare(request);
    }

    /**
     * Runs the request on the calling (background) thread and returns the stored run.
     *
     * @throws IllegalArgumentException when the profile has nothing a prompt could show
     */
    public RunRecord recommend(RecommendationRequest request, LlmListener listener, Cancellation cancellation) {
        return recommend(prepare(request), listener, cancellation);
    }

    /** Runs a prepared request, with exactly the candidates and demonstrations it holds. */
    public RunRecord recommend(PreparedRun prepared, LlmListener listener, Cancellation cancellation) {
        RecommendationRequest request = prepared.request();
        if (request.profile().visibleHistory().isEmpty()) {
            throw new IllegalArgumentException("The profile \"" + request.profile().name()
                    + "\" has no visible history: add at least one item that is not held out.");
        }
        Calls calls = new Calls(request, listener, cancellation);
        RunRecord run;
        if (request.strategy() instanceof EmbeddingStrategy embedding) {
            run = embedded(prepared, embedding, calls);
        } else if (request.strategy() instanceof StepwiseStrategy stepwise) {
            run = stepwise(prepared, stepwise, calls);
        } else if (prepared.candidates() != null && request.settings().bootstrapOrders() > 1) {
            run = bootstrapped(prepared, calls);
        } else {
            run = single(prepared, calls);
        }
        runs.save(run);
        return run;
    }

    private RunRecord single(PreparedRun prepared, Calls calls) {
        StrategyPrompt prompt = prepared.prompt();
        try {
            LlmResult result = calls.send(prompt);
            AnswerText answer = prepared.request().strategy().readAnswer(result.text());
            String thinking = joined(result.thinking(), answer.reasoning(), "\n\n");
            String note = answer.reasoning().isEmpty() ? "" : "The reasoning before the ranking is shown apart.";
            if (result.truncated()) {
                note = joined("The answer hit the output limit (num_predict) and was cut off.", note, " ");
            }
            String contextWarning = ContextWindow.beforeSending(prompt.prompt().text(), options(prepared.request()))
                    .orElse("");
            note = joined(ContextWindow.afterRun(result.metrics() == null ? null : result.metrics().promptTokens(),
                    options(prepared.request())).orElse(contextWarning), note, " ");
            return finished(prepared, calls, prompt.prompt().text(), result.text(), thinking, answer.list(),
                    result.metrics(), List.of(), note);
        } catch (LlmException e) {
            return failed(prepared, calls, prompt.prompt().text(), e, List.of());
        }
    }

    /** Discriminative ranking: nothing is generated, so there is nothing to parse; the items are catalogue items. */
    private RunRecord embedded(PreparedRun prepared, EmbeddingStrategy strategy, Calls calls) {
        String prompt = prepared.prompt().prompt().text();
        try {
            EmbeddingRanker.Outcome outcome = embeddings.rank(prepared, strategy, calls.listener, calls.cancellation);
            return record(prepared, calls.started, prompt, outcome.answer(), "", ParseStatus.LIST, outcome.list(),
                    outcome.metrics(), RunStatus.COMPLETED, outcome.note(), List.of(), null);
        } catch (LlmException e) {
            return failed(prepared, calls, prompt, e, List.of());
        }
    }

    private RunRecord stepwise(PreparedRun prepared, StepwiseStrategy strategy, Calls calls) {
        StrategyInput input = prepared.input();
        List<String> answers = new ArrayList<>();
        List<RunStep> steps = new ArrayList<>();
        List<String> order = ids(prepared.candidates());
        int count = strategy.stepCount(input);
        for (int i = 0; i < count; i++) {
            String name = strategy.stepName(i, input);
            StrategyPrompt prompt = strategy.step(i, input, prepared.request().template(), answers);
            calls.announce(i, count, name);
            try {
                LlmResult result = calls.send(prompt);
                answers.add(result.text());
                steps.add(new RunStep(i + 1, name, prompt.prompt().text(), result.text(), result.thinking(), order,
                        List.of(), result.metrics()));
            } catch (LlmException e) {
                steps.add(new RunStep(i + 1, name, prompt.prompt().text(), e.partialText(), "", order, List.of(),
                        null));
                return failed(prepared, calls, allPrompts(steps), e, steps);
            }
        }
        String combined = strategy.combine(input, answers);
        return finished(prepared, calls, allPrompts(steps), combined, "", combined, total(steps), steps,
                joined("The list is read from the steps' answers; every step is kept with its prompt.",
                        strategy.score(input, answers), " "));
    }

    /** LLMRank's bootstrapping: the same candidates in B orders, each ranked, ranks summed by Borda count. */
    private RunRecord bootstrapped(PreparedRun prepared, Calls calls) {
        RecommendationRequest request = prepared.request();
        CandidateSet drawn = prepared.candidates();
        int orders = request.settings().bootstrapOrders();
        List<RunStep> steps = new ArrayList<>();
        List<List<String>> rankings = new ArrayList<>();
        for (int b = 0; b < orders; b++) {
            CandidateSet order = b == 0 ? drawn : CandidateGenerator.shuffled(drawn, drawn.seed() + b);
            StrategyInput input = withCandidates(prepared.input(), order);
            StrategyPrompt prompt = request.strategy().build(input, request.template());
            String name = "Order " + (b + 1) + " (seed " + order.seed() + ")";
            calls.announce(b, orders, name);
            try {
                LlmResult result = calls.send(prompt);
                AnswerText answer = request.strategy().readAnswer(result.text());
                List<String> ranked = ground(prepared, parse(prepared, answer.list()), order.items()).stream()
                        .filter(r -> r.grounding().grounded()).map(r -> r.grounding().item().id()).toList();
                rankings.add(ranked);
                steps.add(new RunStep(b + 1, name, prompt.prompt().text(), result.text(),
                        joined(result.thinking(), answer.reasoning(), "\n\n"), ids(order), ranked, result.metrics()));
            } catch (LlmException e) {
                steps.add(new RunStep(b + 1, name, prompt.prompt().text(), e.partialText(), "", ids(order),
                        List.of(), null));
                return failed(prepared, calls, allPrompts(steps), e, steps);
            }
        }
        String aggregate = BordaCount.asAnswer(drawn, BordaCount.aggregate(ids(drawn), rankings));
        return finished(byTitle(prepared), calls, allPrompts(steps), aggregate, "", aggregate, total(steps), steps,
                "Ranked in " + orders + " shuffled candidate orders; the list is their Borda count, and each"
                        + " item says how far its rank moved.");
    }

    /** Letter answers (LlamaRec) are read as letters; every other answer as titles. */
    private ParseResult parse(PreparedRun prepared, String listText) {
        return prepared.input().letterLabels() ? LetterAnswer.parse(listText) : parser.parse(listText);
    }

    /** Grounds against the candidates in the order the prompt showed them, which is what letters refer to. */
    private List<Recommendation> ground(PreparedRun prepared, ParseResult parsed, List<Item> candidates) {
        if (prepared.input().letterLabels()) {
            return LetterGrounding.ground(parsed, candidates, prepared.request().profile());
        }
        return new Grounder(catalogue).ground(prepared.request().dataset().id(), parsed,
                prepared.request().profile(), candidates);
    }

    private RunRecord finished(PreparedRun prepared, Calls calls, String prompt, String raw, String thinking, String listText,
                               LlmMetrics metrics, List<RunStep> steps, String note) {
        ParseResult parsed = parse(prepared, listText);
        List<Recommendation> list = ground(prepared, parsed, prepared.input().candidates());
        RunStatus status = parsed.status() == ParseStatus.FAILED ? RunStatus.PARSE_FAILED : RunStatus.COMPLETED;
        return record(prepared, calls.started, prompt, raw, thinking, parsed.status(), list, metrics, status,
                joined(note, parsed.message(), " "), steps, null);
    }

    private RunRecord failed(PreparedRun prepared, Calls calls, String prompt, LlmException e, List<RunStep> steps) {
        RunStatus status = e.failure() == LlmFailure.CANCELLED ? RunStatus.CANCELLED : RunStatus.FAILED;
        String contextWarning = ContextWindow.beforeSending(prompt, options(prepared.request())).orElse("");
        return record(prepared, calls.started, prompt, e.partialText(), "", ParseStatus.FAILED, List.of(), null, status,
                joined(e.getMessage(), contextWarning, " "), steps, e.failure());
    }

    private RunRecord record(PreparedRun prepared, Instant started, String prompt, String raw, String thinking,
                             ParseStatus parseStatus, List<Recommendation> list, LlmMetrics metrics,
                             RunStatus status, String message, List<RunStep> steps, LlmFailure failure) {
        RecommendationRequest request = prepared.request();
        return RunRecord.builder()
                .id(UUID.randomUUID().toString())
                .createdAt(started)
                .datasetId(request.dataset().id())
                .datasetVersion(request.dataset().version())
                .profileId(request.profile().id())
                .profileName(request.profile().name())
                .strategyId(request.strategy().id())
                .templateId(request.template().id())
                .templateVersion(request.template().version())
                .model(request.model().name())
                .modelDigest(request.model().digest())
                .serverVersion(request.serverVersion())
                .options(options(request))
                .prompt(prompt)
                .promptHash(sha256(prompt))
                .rawResponse(raw)
                .thinking(thinking)
                .parseStatus(parseStatus)
                .recommendations(list)
                .metrics(metrics)
                .status(status)
                .message(message)
                .profileHash(request.profile().fingerprint())
                .steps(steps)
                .candidates(prepared.candidates())
                .failure(failure)
                .build();
    }

    /** The options as sent: native thinking switches Ollama's think on. */
    static GenerationOptions options(RecommendationRequest request) {
        GenerationOptions o = request.options();
        if (!request.settings().nativeThinking()) {
            return o;
        }
        return o.withThink(Boolean.TRUE);
    }

    /** The Borda aggregate names items by title, whatever labels the orders' prompts used. */
    private static PreparedRun byTitle(PreparedRun prepared) {
        StrategyInput in = prepared.input();
        return new PreparedRun(prepared.request(), prepared.candidates(), new StrategyInput(in.dataset(),
                in.profile(), in.count(), in.candidates(), in.demonstrations(), in.nativeThinking(), false));
    }

    private static StrategyInput withCandidates(StrategyInput input, CandidateSet order) {
        return new StrategyInput(input.dataset(), input.profile(), input.count(), order.items(),
                input.demonstrations(), input.nativeThinking(), input.letterLabels());
    }

    private static List<String> ids(CandidateSet set) {
        return set == null ? List.of() : set.items().stream().map(Item::id).toList();
    }

    private static String allPrompts(List<RunStep> steps) {
        StringBuilder text = new StringBuilder();
        for (RunStep step : steps) {
            text.append(text.length() == 0 ? "" : "\n\n").append("── Step ").append(step.number()).append(": ")
                    .append(step.name()).append(" ──\n").append(step.prompt());
        }
        return text.toString();
    }

    /** Times and tokens summed over the steps; the first token is the first step's. */
    private static LlmMetrics total(List<RunStep> steps) {
        List<LlmMetrics> all = steps.stream().map(RunStep::metrics).filter(Objects::nonNull).toList();
        if (all.isEmpty()) {
            return null;
        }
        return new LlmMetrics(all.get(0).timeToFirstTokenMs(), all.stream().mapToLong(LlmMetrics::totalMs).sum(),
                all.get(0).loadMs(), sum(all, LlmMetrics::promptTokens), sum(all, LlmMetrics::outputTokens),
                all.stream().allMatch(m -> m.evalMs() != null)
                        ? all.stream().mapToLong(LlmMetrics::evalMs).sum() : null);
    }

    private static Integer sum(List<LlmMetrics> all, Function<LlmMetrics, Integer> field) {
        return all.stream().allMatch(m -> field.apply(m) != null)
                ? all.stream().mapToInt(field::apply).sum() : null;
    }

    private static String joined(String first, String second, String separator) {
        if (first == null || first.isBlank()) {
            return second == null ? "" : second;
        }
        return second == null || second.isBlank() ? first : first + separator + second;
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Sends prompts with the request's model and options, and marks step boundaries in the streamed text. */
    private final class Calls {
        private final RecommendationRequest request;
        private final LlmListener listener;
        private final Cancellation cancellation;
        private final Instant started = clock.instant();

        Calls(RecommendationRequest request, LlmListener listener, Cancellation cancellation) {
            this.request = request;
            this.listener = listener;
            this.cancellation = cancellation;
        }

        LlmResult send(StrategyPrompt prompt) throws LlmException {
            return llm.generate(new LlmRequest(request.model().name(), prompt.prompt().text(), options(request),
                    prompt.jsonSchema(), request.model().digest(), request.repeatIndex(), request.bypassCache()),
                    listener, cancellation);
        }

        void announce(int index, int count, String name) {
            listener.onText((index == 0 ? "" : "\n\n") + "── Step " + (index + 1) + " of " + count + ": " + name
                    + " ──\n");
        }
    }
}
