package org.llm4rec.explorer.app.experiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.llm4rec.explorer.app.RecommendationRequest;
import org.llm4rec.explorer.app.RecommendationService;
import org.llm4rec.explorer.app.port.RunSettings;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.candidates.CandidateProtocol;
import org.llm4rec.explorer.domain.candidates.CandidateSpec;
import org.llm4rec.explorer.domain.experiment.CandidateMode;
import org.llm4rec.explorer.domain.experiment.Configuration;
import org.llm4rec.explorer.domain.experiment.Outcome;
import org.llm4rec.explorer.domain.experiment.PromptSettings;
import org.llm4rec.explorer.domain.experiment.UserResult;
import org.llm4rec.explorer.domain.experiment.UserSplit;
import org.llm4rec.explorer.domain.experiment.Validity;
import org.llm4rec.explorer.domain.grounding.CitationShare;
import org.llm4rec.explorer.domain.grounding.Flag;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmMetrics;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.domain.prompt.Strategies;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.run.RunStatus;

/** One user × configuration × repeat through the single-run pipeline, turned into a result. */
final class UserRun {
    private final RecommendationService service;
    private final PreparedExperiment experiment;
    private final Configuration configuration;
    private final int repeat;
    private final UserSplit user;

    UserRun(RecommendationService service, PreparedExperiment experiment, Configuration configuration, int repeat,
            UserSplit user) {
        this.service = service;
        this.experiment = experiment;
        this.configuration = configuration;
        this.repeat = repeat;
        this.user = user;
    }

    /**
     * A finished user: the model run as the single-run store keeps it (null when it could not even start) and
     * its result.
     */
    record Done(RunRecord run, UserResult result) {
    }

    /** The result, or empty when the run was cancelled (nothing is stored, so a resume redoes it). */
    Optional<Done> run(Cancellation cancellation) {
        RunRecord record;
        try {
            record = service.recommend(service.prepare(request()), LlmListener.NONE, cancellation);
        } catch (RuntimeException e) {
            if (cancellation.isCancelled()) {
                return Optional.empty();
            }
            return Optional.of(new Done(null, result(Outcome.FAILED, null, List.of(), Validity.NONE, null,
                    "Could not run: " + e.getMessage())));
        }
        if (record.status() == RunStatus.CANCELLED) {
            return Optional.empty();
        }
        Outcome outcome = switch (record.status()) {
            case COMPLETED -> Outcome.COMPLETED;
            case PARSE_FAILED -> Outcome.PARSE_FAILED;
            default -> Outcome.FAILED;
        };
        return Optional.of(new Done(record, result(outcome, record.id(), ranked(record.recommendations()),
                validity(record.recommendations()), record.metrics(), record.message())));
    }

    RecommendationRequest request() {
        PromptStrategy strategy = Strategies.byId(configuration.strategyId()).orElseThrow();
        PromptSettings p = configuration.settings();
        List<Item> candidates = user.candidates().stream().map(experiment.items()::get).toList();
        // Seeded per user: bootstrapped orders are then shuffled differently for each user, as LLMRank's are, so
        // that a target fixed at one position is not moved to one same other position for everybody.
        CandidateSpec spec = new CandidateSpec(experiment.protocol().candidateMode() == CandidateMode.USER_FILTERING
                ? CandidateProtocol.USER_FILTERING : CandidateProtocol.RANDOM_WITH_TARGET,
                Math.max(1, candidates.size()), experiment.protocol().userSeed(user.userId()));
        return new RecommendationRequest(experiment.dataset(), experiment.profile(user), strategy,
                experiment.template(configuration),
                experiment.models().get(configuration.model()), null, configuration.options(),
                configuration.listLength(), candidates,
                new RunSettings(spec, p.demoSource(), p.demoCount(), p.nativeThinking(), p.bootstrapOrders()),
                repeat, false);
    }

    /**
     * Grounded items in order, each once; when ranking candidates, only candidates (LLMRank drops what it
     * cannot match to one); items the user already has are left out, as the baselines leave them out.
     */
    private List<String> ranked(List<Recommendation> list) {
        Set<String> candidates = new HashSet<>(user.candidates());
        Set<String> listed = new HashSet<>();
        List<String> ranked = new ArrayList<>();
        for (Recommendation r : list) {
            if (!r.grounding().grounded() || r.flags().stream().anyMatch(Flag::seen)) {
                continue;
            }
            String id = r.grounding().item().id();
            if ((candidates.isEmpty() || candidates.contains(id)) && listed.add(id)) {
                ranked.add(id);
            }
        }
        return ranked;
    }

    private static Validity validity(List<Recommendation> list) {
        CitationShare citations = CitationShare.of(list);
        return new Validity(list.size(), count(list, Flag.NOT_IN_CATALOGUE::equals),
                count(list, Flag.DUPLICATE::equals), count(list, Flag::seen),
                count(list, Flag.NOT_IN_CANDIDATES::equals), citations.explained(), citations.citingAbsent());
    }

    private static int count(List<Recommendation> list, Predicate<Flag> flag) {
        return (int) list.stream().filter(r -> r.flags().stream().anyMatch(flag)).count();
    }

    private UserResult result(Outcome outcome, String runId, List<String> ranked, Validity validity,
                              LlmMetrics metrics, String message) {
        return new UserResult(configuration.key(), repeat, user.userId(), outcome, runId, ranked, user.targets(),
                user.interactions(), validity, experiment.popularity().figures(ranked, user.history()),
                metrics == null ? null : metrics.totalMs(), metrics == null ? null : metrics.timeToFirstTokenMs(),
                metrics == null ? null : metrics.promptTokens(), metrics == null ? null : metrics.outputTokens(),
                message);
    }
}
