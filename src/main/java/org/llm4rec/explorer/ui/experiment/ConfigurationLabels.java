package org.llm4rec.explorer.ui.experiment;

import java.util.Locale;
import java.util.function.Function;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.experiment.Configuration;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.domain.prompt.Strategies;

/**
 * Names configurations the way tables and charts show them: the strategy's name, the model, and the temperature
 * and seed, which the stored label leaves out although configurations of one experiment differ by them.
 */
final class ConfigurationLabels {
    private ConfigurationLabels() {
    }

    static String of(Configuration configuration) {
        if (configuration.isBaseline()) {
            return configuration.baseline().label();
        }
        String strategy = Strategies.byId(configuration.strategyId()).map(PromptStrategy::name)
                .orElse(configuration.strategyId());
        GenerationOptions options = configuration.options();
        return strategy + " · " + configuration.model() + " · T " + (options.temperature() == null ? "default"
                : String.format(Locale.ROOT, "%.1f", options.temperature())) + " · seed "
                + (options.seed() == null ? "none" : options.seed());
    }

    static Function<Configuration, String> function() {
        return ConfigurationLabels::of;
    }
}
