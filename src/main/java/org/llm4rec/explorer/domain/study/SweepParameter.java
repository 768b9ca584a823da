package org.llm4rec.explorer.domain.study;

import java.util.Arrays;
import java.util.Locale;
import org.llm4rec.explorer.domain.experiment.Configuration;
import org.llm4rec.explorer.domain.experiment.Protocol;

/**
 * What a sweep varies: a generation option, a protocol parameter, the version of the strategy's prompt template
 * (1 the built-in one, 2 and on the user's saved edits) or the model.
 */
public enum SweepParameter {
    TEMPERATURE("temperature"),
    CANDIDATES("M (candidates)"),
    HISTORY("K (history items)"),
    NUM_CTX("num_ctx"),
    TEMPLATE("template version"),
    MODEL("model");

    private final String label;

    SweepParameter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String token() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static SweepParameter of(String token) {
        String wanted = token.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (SweepParameter p : values()) {
            if (p.name().equals(wanted)) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown sweep parameter \"" + token + "\"; known: " + String.join(", ",
                Arrays.stream(values()).map(SweepParameter::token).toList()) + ".");
    }

    /** True when the values are quantities, drawn on a numeric axis; models and template versions are names. */
    public boolean numeric() {
        return this != MODEL && this != TEMPLATE;
    }

    /** A value as points and panels are labelled: "candidates=10", "template v2", or the model's name. */
    public String label(String value) {
        return switch (this) {
            case MODEL -> value.strip();
            case TEMPLATE -> "template v" + whole(value);
            default -> token() + "=" + value.strip();
        };
    }

    /** Throws, naming the value and what is expected, when the value is not one this parameter takes. */
    public void check(String value) {
        switch (this) {
            case TEMPERATURE -> number(value);
            case MODEL -> {
                if (value.isBlank()) {
                    throw new IllegalArgumentException("A model's name cannot be empty.");
                }
            }
            default -> whole(value);
        }
    }

    /** The protocol with the value applied (unchanged for options and models). */
    public Protocol apply(Protocol protocol, String value) {
        return switch (this) {
            case CANDIDATES -> protocol.withCandidateCount(whole(value));
            case HISTORY -> protocol.withHistoryLimit(whole(value));
            default -> protocol;
        };
    }

    /** The configuration with the value applied (unchanged for protocol parameters). */
    public Configuration apply(Configuration configuration, String value) {
        return switch (this) {
            case TEMPERATURE -> configuration.withOptions(configuration.options().withTemperature(number(value)));
            case NUM_CTX -> configuration.withOptions(configuration.options().withNumCtx(whole(value)));
            case MODEL -> configuration.withModel(value.strip());
            case TEMPLATE -> configuration.withTemplateVersion(whole(value));
            default -> configuration;
        };
    }

    /** The value as a position on the x axis (its index for models). */
    public double x(String value, int index) {
        return numeric() ? number(value) : index;
    }

    private int whole(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The " + label + " values must be whole numbers; \"" + value
                    + "\" is not one.");
        }
    }

    private double number(String value) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The " + label + " values must be numbers; \"" + value
                    + "\" is not one.");
        }
    }
}
