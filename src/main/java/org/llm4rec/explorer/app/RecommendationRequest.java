package org.llm4rec.explorer.app;

import org.llm4rec.explorer.app.port.ColumnConfiguration;
import org.llm4rec.explorer.app.port.RunSettings;
import java.util.List;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.domain.prompt.PromptTemplate;

/**
 * One configuration to run on one profile.
 *
 * @param dataset       the dataset the profile belongs to
 * @param profile       the profile
 * @param strategy      the prompting strategy
 * @param template      the template version to use (the strategy's default or a user's edit)
 * @param model         the model, as the server listed it
 * @param serverVersion the server's version, recorded on the run; null when unknown
 * @param options       generation options
 * @param count         how many items to ask for
 * @param candidates    candidates to rank, empty to draw them as the settings say (or for open generation)
 * @param settings      candidates, demonstrations, thinking and bootstrapping options
 * @param repeatIndex   which repetition of this configuration it is, 0 for the first
 * @param bypassCache   true to ask the model even when the response cache has the answer
 */
public record RecommendationRequest(Dataset dataset, Profile profile, PromptStrategy strategy,
                                    PromptTemplate template, ModelInfo model, String serverVersion,
                                    GenerationOptions options, int count, List<Item> candidates,
                                    RunSettings settings, int repeatIndex, boolean bypassCache) {
    public RecommendationRequest {
        candidates = List.copyOf(candidates);
        settings = settings == null ? RunSettings.defaults() : settings;
    }

    /** The first repetition with the given settings, answered from the cache when it can be. */
    public RecommendationRequest(Dataset dataset, Profile profile, PromptStrategy strategy, PromptTemplate template,
                                 ModelInfo model, String serverVersion, GenerationOptions options, int count,
                                 List<Item> candidates, RunSettings settings) {
        this(dataset, profile, strategy, template, model, serverVersion, options, count, candidates, settings, 0,
                false);
    }

    /** The first repetition with the default settings, answered from the cache when it can be. */
    public RecommendationRequest(Dataset dataset, Profile profile, PromptStrategy strategy, PromptTemplate template,
                                 ModelInfo model, String serverVersion, GenerationOptions options, int count,
                                 List<Item> candidates) {
        this(dataset, profile, strategy, template, model, serverVersion, options, count, candidates, null, 0, false);
    }

    /** A repetition with the default settings. */
    public RecommendationRequest(Dataset dataset, Profile profile, PromptStrategy strategy, PromptTemplate template,
                                 ModelInfo model, String serverVersion, GenerationOptions options, int count,
                                 List<Item> candidates, int repeatIndex, boolean bypassCache) {
        this(dataset, profile, strategy, template, model, serverVersion, options, count, candidates, null,
                repeatIndex, bypassCache);
    }

    /** The configuration this request runs with, run once. */
    public ColumnConfiguration configuration() {
        return new ColumnConfiguration(strategy.id(), model.name(), options, count, settings, 1);
    }
}
