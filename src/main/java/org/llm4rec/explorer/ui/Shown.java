package org.llm4rec.explorer.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How lists and combo boxes that are never typed into show their values. */
public final class Shown {
    private Shown() {
    }

    /** Shows each value by a text of it; an empty choice shows as nothing. */
    public static <T> StringConverter<T> as(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
