package org.llm4rec.explorer.domain.experiment;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An experiment as saved by name: which users, under which protocol, with which configurations, how often.
 *
 * @param name           unique name it is saved under
 * @param datasetId      the dataset (must have interactions)
 * @param sample         which users
 * @param protocol       how users are split and what is ranked
 * @param configurations the strategy × model × options combinations and baselines, in display order
 * @param repeats        how many times each LLM configuration runs per user (baselines are deterministic: once)
 */
public record ExperimentDefinition(String name, String datasetId, UserSample sample, Protocol protocol,
                                   List<Configuration> configurations, int repeats) {
    public static final int MAX_REPEATS = 10;

    public ExperimentDefinition {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An experiment needs a name.");
        }
        name = name.strip();
        Objects.requireNonNull(datasetId, "datasetId");
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(protocol, "protocol");
        configurations = List.copyOf(configurations);
        if (configurations.isEmpty()) {
            throw new IllegalArgumentException("The experiment \"" + name + "\" has no configurations: add a"
                    + " strategy × model or a baseline.");
        }
        Set<String> keys = new HashSet<>();
        for (Configuration c : configurations) {
            if (!keys.add(c.key())) {
                throw new IllegalArgumentException("The experiment \"" + name + "\" lists " + c.label() + " twice.");
            }
        }
        if (repeats < 1 || repeats > MAX_REPEATS) {
            throw new IllegalArgumentException("Repeats: 1 to " + MAX_REPEATS + ", not " + repeats + ".");
        }
    }

    /** A copy under another name, for "clone". */
    public ExperimentDefinition withName(String newName) {
        return new ExperimentDefinition(newName, datasetId, sample, protocol, configurations, repeats);
    }

    /** How many times a configuration runs per user: baselines once, LLM configurations {@code repeats} times. */
    public int repeatsOf(Configuration configuration) {
        return configuration.isBaseline() ? 1 : repeats;
    }

    /** The header of every result view and export: sample, protocol, repeats and how intervals are drawn. */
    public String describe() {
        return "Experiment \"" + name + "\" on dataset " + datasetId + ". Users: " + sample.describe() + ". Protocol: "
                + protocol.describe() + " Repeats per LLM configuration: " + repeats + ". Intervals: 95% bootstrap"
                + " over users (" + Bootstrap.DEFAULT_RESAMPLES + " resamples, seed " + protocol.seed()
                + "; a user drawn brings all their repeats).";
    }
}
