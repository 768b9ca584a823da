package org.llm4rec.explorer.net;

import java.util.Objects;
import java.util.function.Supplier;

/** A value made on its first use, once, whichever thread asks first. */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    private Lazy(Supplier<T> make) {
        this.make = Objects.requireNonNull(make, "make");
    }

    public static <T> Lazy<T> of(Supplier<T> make) {
        return new Lazy<>(make);
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = Objects.requireNonNull(make.get(), "made");
                    value = made;
                }
            }
        }
        return made;
    }
}
