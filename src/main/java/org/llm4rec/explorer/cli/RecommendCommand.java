package org.llm4rec.explorer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.llm4rec.explorer.app.RecommendationRequest;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.app.port.RunSettings;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.candidates.CandidateProtocol;
import org.llm4rec.explorer.domain.candidates.CandidateSpec;
import org.llm4rec.explorer.domain.candidates.DemoSource;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.llm.ModelName;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.domain.prompt.Strategies;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.run.RunStatus;
import org.llm4rec.explorer.domain.users.TimelineEntry;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs one recommendation without a window and prints the grounded list with explanations as JSON. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = {"Run one strategy for one dataset user or saved profile and print the grounded list with"
                + " explanations as JSON (the run is stored like the window's runs).",
                "For a dataset user the last --hold-out interactions are held out as targets (hits are marked)."})
public final class RecommendCommand implements Callable<Integer> {
    private final CommandServices.Opener services;

    @Option(names = "--dataset", required = true, paramLabel = "D", description = "Dataset id (see: datasets).")
    String datasetId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Who who;

    static final class Who {
        @Option(names = "--user", paramLabel = "U", description = "A user id of the dataset.")
        String user;

        @Option(names = "--profile", paramLabel = "P", description = "A saved profile, by id or name.")
        String profile;
    }

    @Option(names = "--strategy", required = true, paramLabel = "S", description = "Strategy id: ${COMPLETION-CANDIDATES}.",
            completionCandidates = StrategyIds.class)
    String strategyId;

    @Option(names = "--model", required = true, paramLabel = "M", description = "Model name as Ollama reads it: without a tag, :latest (llama3.2 runs llama3.2:latest).")
    String model;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
            description = "Seed of the model's sampler and of the candidate draw. Default: ${DEFAULT-VALUE}.")
    int seed;

    @Option(names = "--count", defaultValue = "10", paramLabel = "N",
            description = "How many items to ask for. Default: ${DEFAULT-VALUE}.")
    int count;

    @Option(names = "--hold-out", defaultValue = "1", paramLabel = "K",
            description = "For --user: hold out the last K interactions as targets (0: none). Default: ${DEFAULT-VALUE}.")
    int holdOut;

    @Mixin
    DataDirOption store;

    @Mixin
    ModelServerOption server;

    @Spec
    CommandSpec spec;

    static final class StrategyIds extends ArrayList<String> {
        StrategyIds() {
            super(Strategies.all().stream().map(PromptStrategy::id).toList());
        }
    }

    RecommendCommand(CommandServices.Opener services) {
        this.services = services;
    }

    @Override
    public Integer call() throws LlmException {
        PromptStrategy strategy = Strategies.byId(strategyId).orElseThrow(() -> new IllegalArgumentException(
                "Unknown strategy \"" + strategyId + "\". Known: " + String.join(", ", new StrategyIds()) + "."));
        try (CommandServices app = services.open(store.dataDir, server.url)) {
            var catalogue = app.catalogue();
            Dataset dataset = catalogue.dataset(datasetId).orElseThrow(() -> new IllegalArgumentException(
                    "No dataset with id \"" + datasetId + "\" in " + app.databaseFile() + ". The datasets command lists them."));
            Profile profile = who.user != null ? userProfile(app, dataset) : savedProfile(app);
            LlmClient llm = app.llm();
            ModelInfo modelInfo = modelInfo(llm);
            GenerationOptions options = GenerationOptions.defaults().withSeed(seed);
            CandidateSpec candidates = new CandidateSpec(profile.targets().isEmpty() ? CandidateProtocol.RANDOM
                    : CandidateProtocol.RANDOM_WITH_TARGET, CandidateSpec.DEFAULT_SIZE, seed);
            var service = app.recommendations();
            RunRecord run = service.recommend(new RecommendationRequest(dataset, profile, strategy,
                    strategy.defaultTemplate(), modelInfo, null, options, count, List.of(),
                    new RunSettings(candidates, DemoSource.OWN_HISTORY, 1, false, 1)), LlmListener.NONE,
                    new Cancellation());
            PrintWriter out = spec.commandLine().getOut();
            out.println(json(run, profile));
            out.flush();
            if (run.status() != RunStatus.COMPLETED) {
                spec.commandLine().getErr().println("recommend: the run ended " + run.status() + ": " + run.message());
                spec.commandLine().getErr().flush();
                return 1;
            }
            return 0;
        }
    }

    private Profile userProfile(CommandServices app, Dataset dataset) {
        if (holdOut < 0) {
            throw new IllegalArgumentException("--hold-out must be 0 or more, not " + holdOut + ".");
        }
        List<TimelineEntry> history = app.datasetUsers().history(dataset.id(), who.user);
        if (history.size() <= holdOut) {
            throw new IllegalArgumentException("User \"" + who.user + "\" of " + dataset.id() + " has "
                    + history.size() + " interactions: too few to hold out " + holdOut + " and keep a history.");
        }
        List<ProfileEntry> entries = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            TimelineEntry e = history.get(i);
            entries.add(new ProfileEntry(e.item(), e.rating(), i >= history.size() - holdOut));
        }
        return new Profile("dataset-user:" + who.user, "User " + who.user, dataset.id(),
                "Dataset user " + who.user, entries, "");
    }

    private Profile savedProfile(CommandServices app) {
        var profiles = app.profiles();
        return profiles.find(who.profile).or(() -> profiles.list(datasetId).stream()
                .filter(p -> p.name().equalsIgnoreCase(who.profile)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("No profile \"" + who.profile + "\" (by id or name)"
                        + " in dataset " + datasetId + ". Saved: " + String.join(", ", profiles.list(datasetId)
                        .stream().map(Profile::name).toList()) + "."));
    }

    private ModelInfo modelInfo(LlmClient llm) throws LlmException {
        List<ModelInfo> installed = llm.models();
        return ModelName.installed(model, installed)
                .orElseThrow(() -> new IllegalArgumentException(ModelName.notInstalled(model, installed)));
    }

    private static String json(RunRecord run, Profile profile) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("runId", run.id());
        root.put("dataset", run.datasetId());
        root.put("profile", profile.name());
        root.put("strategy", run.strategyId());
        root.put("model", run.model());
        root.put("status", run.status().name());
        root.put("parseStatus", run.parseStatus().name());
        ArrayNode targets = root.putArray("heldOut");
        profile.targets().forEach(t -> targets.add(t.label()));
        if (run.candidates() != null) {
            root.put("candidates", run.candidates().label());
        }
        ArrayNode list = root.putArray("recommendations");
        for (Recommendation r : run.recommendations()) {
            ObjectNode node = list.addObject();
            node.put("rank", r.rank());
            node.put("title", r.title());
            node.put("creator", r.creator());
            node.put("explanation", r.explanation());
            Item item = r.grounding().item();
            node.put("itemId", item == null ? null : item.id());
            node.put("catalogueTitle", item == null ? null : item.title());
            node.put("grounding", r.grounding().method().name());
            node.put("confidence", r.grounding().confidence());
            ArrayNode flags = node.putArray("flags");
            r.flags().stream().map(f -> f.label()).sorted().forEach(flags::add);
            node.put("hit", r.hit());
        }
        root.put("message", run.message());
        if (run.metrics() != null) {
            root.set("metrics", mapper.valueToTree(run.metrics()));
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }
}
