package org.llm4rec.explorer.app.experiment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.llm4rec.explorer.app.port.CatalogueRepository;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.app.port.SavedTemplate;
import org.llm4rec.explorer.app.port.TemplateRepository;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.candidates.CandidateGenerator;
import org.llm4rec.explorer.domain.candidates.CandidateProtocol;
import org.llm4rec.explorer.domain.candidates.CandidateSet;
import org.llm4rec.explorer.domain.candidates.CandidateSpec;
import org.llm4rec.explorer.domain.candidates.Interactions;
import org.llm4rec.explorer.domain.candidates.UserHistory;
import org.llm4rec.explorer.domain.experiment.Baselines;
import org.llm4rec.explorer.domain.experiment.CandidateMode;
import org.llm4rec.explorer.domain.experiment.Configuration;
import org.llm4rec.explorer.domain.experiment.Exclusion;
import org.llm4rec.explorer.domain.experiment.ExclusionReason;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.experiment.Protocol;
import org.llm4rec.explorer.domain.experiment.SplitOutcome;
import org.llm4rec.explorer.domain.experiment.UserSampler;
import org.llm4rec.explorer.domain.experiment.UserSplit;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.llm.ModelName;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.domain.prompt.PromptTemplate;
import org.llm4rec.explorer.domain.prompt.Strategies;

/** Reads and checks what an experiment needs before anything runs, so that a bad definition fails at once. */
final class ExperimentSetup {
    private final CatalogueRepository catalogue;
    private final Interactions interactions;
    private final LlmClient llm;
    private final TemplateRepository templates;
    private DatasetSnapshot latest;

    ExperimentSetup(CatalogueRepository catalogue, Interactions interactions, LlmClient llm,
                    TemplateRepository templates) {
        this.catalogue = catalogue;
        this.interactions = interactions;
        this.llm = llm;
        this.templates = templates;
    }

    PreparedExperiment prepare(ExperimentDefinition definition) {
        String datasetId = definition.datasetId();
        Dataset dataset = catalogue.dataset(datasetId).orElseThrow(() -> new IllegalArgumentException(
                "The experiment \"" + definition.name() + "\" names the dataset \"" + datasetId + "\", which is not"
                        + " in the store. Import it first (see the datasets command for the ids there are)."));
        checkStrategies(definition);
        Map<String, PromptTemplate> prompts = templates(definition);
        DatasetSnapshot data = snapshot(dataset);
        if (data.histories().isEmpty()) {
            throw new IllegalArgumentException("The dataset \"" + datasetId + "\" has no users' interactions, so"
                    + " there is nothing to hold out. Import a dataset with ratings or reviews.");
        }
        List<UserHistory> sample = UserSampler.select(definition.sample(), data.histories(),
                id -> data.items().containsKey(id) ? data.items().get(id).categories() : "");
        if (sample.isEmpty()) {
            throw new IllegalArgumentException("The sample of \"" + definition.name() + "\" holds no users: "
                    + definition.sample().describe() + " matches none of the " + data.histories().size()
                    + " users of \"" + datasetId + "\". Check the sample's kind and category.");
        }
        Protocol protocol = definition.protocol();
        List<UserSplit> splits = new ArrayList<>();
        Map<String, Map<String, Double>> ratings = new HashMap<>();
        Map<ExclusionReason, Integer> exclusions = new EnumMap<>(ExclusionReason.class);
        CandidateGenerator generator = new CandidateGenerator(data.catalogue(), data.interactions());
        for (UserHistory user : sample) {
            SplitOutcome outcome = protocol.split(user.userId(), user.itemIds(), data.ids());
            if (outcome instanceof UserSplit split) {
                Map<String, Double> rated = interactions.ratings(datasetId, split.userId());
                outcome = protocol.candidateMode() == CandidateMode.USER_FILTERING
                        ? withUserFiltering(split, generator, PreparedExperiment.profile(data, protocol, split, rated),
                                protocol)
                        : split;
                if (outcome instanceof UserSplit kept) {
                    splits.add(kept);
                    ratings.put(kept.userId(), rated);
                }
            }
            if (outcome instanceof Exclusion excluded) {
                exclusions.merge(excluded.reason(), 1, Integer::sum);
            }
        }
        Supplier<Baselines> baselines = memoised(() -> new Baselines(data.ids(), data.histories().stream()
                .map(h -> new UserHistory(h.userId(), protocol.trainingPart(h.itemIds()))).toList(),
                protocol.seed()));
        return new PreparedExperiment(data, splits, sample.size(), exclusions, baselines, models(definition),
                protocol, ratings, prompts);
    }

    /**
     * The user's candidates drawn as the window draws NIR's: by the same generator, from the whole known history,
     * with the protocol's seed and the user id. A user whose candidates miss every target is excluded when the
     * protocol scores only the others.
     */
    private static SplitOutcome withUserFiltering(UserSplit split, CandidateGenerator generator, Profile profile,
                                                  Protocol protocol) {
        CandidateSet drawn = generator.generate(profile.datasetId(), profile, new CandidateSpec(
                CandidateProtocol.USER_FILTERING, protocol.candidateCount(), protocol.userSeed(split.userId())));
        if (drawn.items().isEmpty()) {
            return new Exclusion(split.userId(), ExclusionReason.NO_SIMILAR_USERS);
        }
        List<String> candidates = drawn.items().stream().map(Item::id).toList();
        if (protocol.targetInCandidatesOnly() && split.targets().stream().noneMatch(candidates::contains)) {
            return new Exclusion(split.userId(), ExclusionReason.TARGET_NOT_IN_CANDIDATES);
        }
        return split.withCandidates(candidates);
    }

    /** The dataset as read into memory (once per version), for what studies compute beside the runs. */
    DatasetSnapshot snapshot(String datasetId) {
        return snapshot(catalogue.dataset(datasetId).orElseThrow(() -> new IllegalArgumentException(
                "No dataset \"" + datasetId + "\" in the store.")));
    }

    int catalogueSize(String datasetId) {
        return catalogue.itemIds(datasetId).size();
    }

    private synchronized DatasetSnapshot snapshot(Dataset dataset) {
        if (latest == null || !latest.isOf(dataset)) {
            latest = null;
            latest = DatasetSnapshot.read(dataset, catalogue, interactions);
        }
        return latest;
    }

    private static void checkStrategies(ExperimentDefinition definition) {
        boolean candidates = definition.protocol().candidateMode().hasCandidates();
        for (Configuration c : definition.configurations()) {
            if (c.isBaseline()) {
                continue;
            }
            PromptStrategy strategy = Strategies.byId(c.strategyId()).orElseThrow(() -> new IllegalArgumentException(
                    "Unknown strategy \"" + c.strategyId() + "\". Known: " + String.join(", ",
                            Strategies.all().stream().map(PromptStrategy::id).toList()) + "."));
            if (strategy.ranksCandidates() != candidates) {
                throw new IllegalArgumentException("The strategy \"" + c.strategyId() + "\" "
                        + (strategy.ranksCandidates() ? "ranks candidates, but the protocol is open generation"
                                : "generates freely, but the protocol gives candidates")
                        + ". Choose the candidate mode \"" + (strategy.ranksCandidates()
                                ? CandidateMode.TARGET_PLUS_RANDOM.label() : CandidateMode.OPEN_CATALOGUE.label())
                        + "\" for it, or another strategy.");
            }
        }
    }

    /**
     * Each LLM configuration's prompt template, by configuration key: the strategy's built-in one (version 1) or
     * the user's saved version it names (the Prompt workbench saves them under the strategy's id), read once so
     * that every user is asked with the same text.
     */
    private Map<String, PromptTemplate> templates(ExperimentDefinition definition) {
        Map<String, PromptTemplate> byKey = new HashMap<>();
        for (Configuration c : definition.configurations()) {
            if (c.isBaseline()) {
                continue;
            }
            PromptStrategy strategy = Strategies.byId(c.strategyId()).orElseThrow();
            if (c.templateVersion() == Configuration.BUILT_IN_TEMPLATE) {
                byKey.put(c.key(), strategy.defaultTemplate());
                continue;
            }
            List<SavedTemplate> saved = templates.versions(c.strategyId());
            PromptTemplate chosen = saved.stream().map(SavedTemplate::template)
                    .filter(t -> t.version() == c.templateVersion()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("The strategy \"" + c.strategyId()
                            + "\" has no template version " + c.templateVersion() + ". Versions there are: 1 (built"
                            + " in)" + saved.stream().map(t -> ", " + t.template().version() + " (\"" + t.name()
                            + "\")").collect(Collectors.joining()) + ". Save an edited template in"
                            + " the Prompt workbench to add one."));
            byKey.put(c.key(), chosen);
        }
        return byKey;
    }

    /**
     * The definition with each model named as the server lists it ("llama3.2" becomes "llama3.2:latest"), so that
     * results, labels and resumes carry the name that ran. A model the server lacks, or a server that cannot be
     * listed, leaves the name as written: running it then says what is missing.
     */
    ExperimentDefinition withInstalledNames(ExperimentDefinition definition) {
        List<ModelInfo> installed;
        try {
            installed = definition.configurations().stream().allMatch(Configuration::isBaseline) ? List.of()
                    : llm.models();
        } catch (LlmException unreachable) {
            return definition;
        }
        List<Configuration> named = definition.configurations().stream().map(c -> c.isBaseline() ? c
                : c.withModel(ModelName.installed(c.model(), installed).map(ModelInfo::name).orElse(c.model())))
                .toList();
        return new ExperimentDefinition(definition.name(), definition.datasetId(), definition.sample(),
                definition.protocol(), named, definition.repeats());
    }

    private Map<String, ModelInfo> models(ExperimentDefinition definition) {
        Set<String> wanted = new HashSet<>();
        definition.configurations().stream().filter(c -> !c.isBaseline()).forEach(c -> wanted.add(c.model()));
        if (wanted.isEmpty()) {
            return Map.of();
        }
        List<ModelInfo> installed;
        try {
            installed = llm.models();
        } catch (LlmException e) {
            throw new IllegalArgumentException("Cannot list the models of the model server: " + e.getMessage(), e);
        }
        // Keyed by the name the configuration gives: "llama3.2" finds the installed "llama3.2:latest".
        Map<String, ModelInfo> byName = new LinkedHashMap<>();
        for (String name : wanted) {
            byName.put(name, ModelName.installed(name, installed)
                    .orElseThrow(() -> new IllegalArgumentException(ModelName.notInstalled(name, installed))));
        }
        return byName;
    }

    private static <T> Supplier<T> memoised(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
