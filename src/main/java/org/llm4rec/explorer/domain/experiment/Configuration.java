package org.llm4rec.explorer.domain.experiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.llm4rec.explorer.domain.GenerationOptions;

/**
 * One column of an experiment: a strategy × model × options, or a baseline.
 *
 * @param strategyId strategy id ({@code Strategies.byId}); null for a baseline
 * @param model      model name as the server lists it; null for a baseline
 * @param options    generation options; null for a baseline
 * @param settings   demonstrations, thinking, bootstrapping; null for a baseline
 * @param baseline   the baseline, null for an LLM configuration
 * @param listLength how many items to ask for (and how long a baseline's list is)
 * @param templateVersion which version of the strategy's prompt template: 1 is the built-in one, 2 and on the
 *                        user's saved edits (1 for a baseline)
 */
public record Configuration(String strategyId, String model, GenerationOptions options, PromptSettings settings,
                            Baseline baseline, int listLength, int templateVersion) {
    public static final int DEFAULT_LIST_LENGTH = 20;
    public static final int BUILT_IN_TEMPLATE = 1;

    public Configuration {
        if (baseline == null) {
            Objects.requireNonNull(strategyId, "strategyId");
            Objects.requireNonNull(model, "model");
            options = options == null ? GenerationOptions.defaults() : options;
            settings = settings == null ? PromptSettings.defaults() : settings;
        } else if (strategyId != null || model != null) {
            throw new IllegalArgumentException("A baseline configuration names no strategy or model.");
        }
        if (listLength < 1 || listLength > 100) {
            throw new IllegalArgumentException("List length: 1 to 100, not " + listLength + ".");
        }
        if (templateVersion < BUILT_IN_TEMPLATE || baseline != null && templateVersion != BUILT_IN_TEMPLATE) {
            throw new IllegalArgumentException("Template version: 1 (the built-in one) or a saved version from 2,"
                    + " not " + templateVersion + (baseline != null ? " for a baseline, which has no prompt" : "")
                    + ".");
        }
    }

    /** With the built-in template. */
    public Configuration(String strategyId, String model, GenerationOptions options, PromptSettings settings,
                         Baseline baseline, int listLength) {
        this(strategyId, model, options, settings, baseline, listLength, BUILT_IN_TEMPLATE);
    }

    public static Configuration llm(String strategyId, String model, GenerationOptions options,
                                    PromptSettings settings) {
        return new Configuration(strategyId, model, options, settings, null, DEFAULT_LIST_LENGTH);
    }

    public static Configuration of(Baseline baseline) {
        return new Configuration(null, null, null, null, baseline, DEFAULT_LIST_LENGTH);
    }

    public Configuration withModel(String name) {
        return new Configuration(strategyId, name, options, settings, baseline, listLength, templateVersion);
    }

    public Configuration withOptions(GenerationOptions changed) {
        return new Configuration(strategyId, model, changed, settings, baseline, listLength, templateVersion);
    }

    public Configuration withSettings(PromptSettings changed) {
        return new Configuration(strategyId, model, options, changed, baseline, listLength, templateVersion);
    }

    public Configuration withTemplateVersion(int version) {
        return new Configuration(strategyId, model, options, settings, baseline, listLength, version);
    }

    public boolean isBaseline() {
        return baseline != null;
    }

    /**
     * A stable key made of everything that changes the results; stored with every result so that a resumed run
     * finds what is done even if the definition lists its configurations in another order.
     */
    public String key() {
        if (isBaseline()) {
            return "baseline:" + baseline.name().toLowerCase() + ":" + listLength;
        }
        // The built-in template adds nothing, so that results stored before versions could be chosen still match.
        String text = strategyId + "\n" + model + "\n" + options + "\n" + settings + "\n" + listLength
                + (templateVersion == BUILT_IN_TEMPLATE ? "" : "\ntemplate " + templateVersion);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return strategyId + ":" + model + ":" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** "llmrank-sequential · llama3.2:3b", "… · template v2" for a saved version, or "Baseline: Popularity". */
    public String label() {
        return isBaseline() ? "Baseline: " + baseline.label() : strategyId + " · " + model
                + (templateVersion == BUILT_IN_TEMPLATE ? "" : " · template v" + templateVersion);
    }
}
