package org.llm4rec.explorer.domain.study;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A further parameter of a sweep with its values: the study draws one small chart per value (per combination of
 * values, with several), each with the swept parameter on its x axis.
 *
 * @param parameter what the panels vary
 * @param values    one panel per value, in this order
 */
public record SweepAxis(SweepParameter parameter, List<String> values) {
    public SweepAxis {
        Objects.requireNonNull(parameter, "parameter");
        values = values == null ? List.of() : values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (values.isEmpty()) {
            throw new IllegalArgumentException("Panels by " + parameter.label() + " need the values to try, for"
                    + " example " + parameter.token() + "=5,10,20.");
        }
        values.forEach(parameter::check);
    }

    /** "candidates=5,10,20", as the command line writes it; the message says what is wrong and the form. */
    public static SweepAxis parse(String text) {
        int equals = text.indexOf('=');
        if (equals < 1) {
            throw new IllegalArgumentException("Panels are written parameter=value,value,… (for example"
                    + " candidates=5,10,20), not \"" + text + "\".");
        }
        return new SweepAxis(SweepParameter.of(text.substring(0, equals)),
                Arrays.asList(text.substring(equals + 1).split(",")));
    }
}
