package org.llm4rec.explorer.app.port;

import org.llm4rec.explorer.domain.GenerationOptions;

/**
 * What one column of a comparison runs: a strategy with its settings, a model and generation options, repeated
 * with consecutive seeds.
 *
 * @param strategyId the strategy's id
 * @param model      the model name, as the server lists it
 * @param options    generation options of the first repeat
 * @param count      how many items to ask for
 * @param settings   candidates, demonstrations, thinking and bootstrapping
 * @param repeats    how many runs (R); repeat i uses seed s+i where s is the options' seed
 */
public record ColumnConfiguration(String strategyId, String model, GenerationOptions options, int count,
                                  RunSettings settings, int repeats) {
    public static final int MAX_REPEATS = 20;

    public ColumnConfiguration {
        if (strategyId == null || strategyId.isBlank()) {
            throw new IllegalArgumentException("A column needs a strategy.");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("A column needs a model name.");
        }
        if (repeats < 1 || repeats > MAX_REPEATS) {
            throw new IllegalArgumentException("Repeats: 1 to " + MAX_REPEATS + ", not " + repeats + ".");
        }
        options = options == null ? GenerationOptions.defaults() : options;
        settings = settings == null ? RunSettings.defaults() : settings;
    }

    /** The options of repeat {@code index}: the seed moves on by one per repeat (from 0 when none was set). */
    public GenerationOptions optionsOfRepeat(int index) {
        GenerationOptions o = options;
        int seed = (o.seed() == null ? 0 : o.seed()) + index;
        return o.withSeed(index == 0 ? o.seed() : seed);
    }

    public ColumnConfiguration withOptions(GenerationOptions changed) {
        return new ColumnConfiguration(strategyId, model, changed, count, settings, repeats);
    }

    public ColumnConfiguration withRepeats(int r) {
        return new ColumnConfiguration(strategyId, model, options, count, settings, r);
    }
}
