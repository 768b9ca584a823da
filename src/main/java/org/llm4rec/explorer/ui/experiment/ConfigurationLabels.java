package org.llm4rec.explorer.ui.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.experiment.Configuration;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.domain.prompt.Strategies;

/**
 * Names an experiment's configurations by what tells them apart (strategy, model, temperature, seed), so that
 * labels stay short enough for chart axes; with one model configuration, by its strategy and model.
 */
final class ConfigurationLabels implements Function<Configuration, String> {
    private final boolean strategyVaries;
    private final boolean modelVaries;
    private final boolean temperatureVaries;
    private final boolean seedVaries;

    private ConfigurationLabels(List<Configuration> configurations) {
        List<Configuration> models = configurations.stream().filter(c -> !c.isBaseline()).toList();
        strategyVaries = varies(models, Configuration::strategyId);
        modelVaries = varies(models, Configuration::model);
        temperatureVaries = varies(models, c -> c.options().temperature());
        seedVaries = varies(models, c -> c.options().seed());
    }

    static ConfigurationLabels of(ExperimentDefinition definition) {
        return new ConfigurationLabels(definition.configurations());
    }

    private static boolean varies(List<Configuration> configurations, Function<Configuration, Object> part) {
        return configurations.stream().map(part).distinct().count() > 1;
    }

    /** The strategy's name as the strategy step shows it. */
    static String strategyName(Configuration configuration) {
        return Strategies.byId(configuration.strategyId()).map(PromptStrategy::name)
                .orElse(configuration.strategyId());
    }

    @Override
    public String apply(Configuration configuration) {
        if (configuration.isBaseline()) {
            return configuration.baseline().label();
        }
        List<String> parts = new ArrayList<>();
        if (strategyVaries || !modelVaries && !temperatureVaries && !seedVaries) {
            parts.add(strategyName(configuration));
        }
        if (modelVaries || parts.size() == 1 && !strategyVaries) {
            parts.add(configuration.model());
        }
        GenerationOptions options = configuration.options();
        if (temperatureVaries) {
            parts.add("T " + (options.temperature() == null ? "default"
                    : String.format(Locale.ROOT, "%.1f", options.temperature())));
        }
        if (seedVaries) {
            parts.add("seed " + Objects.toString(options.seed(), "none"));
        }
        return String.join(" · ", parts);
    }
}
