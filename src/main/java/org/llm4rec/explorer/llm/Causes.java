package org.llm4rec.explorer.llm;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a cause by type. LangChain4j and the JDK wrap the interesting exception (HttpException, ConnectException)
 * at different depths depending on the path taken, so matching on the top-level type is not reliable.
 */
final class Causes {
    private Causes() {
    }

    static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    static boolean has(Throwable failure, Class<? extends Throwable> type) {
        return find(failure, type).isPresent();
    }
}
