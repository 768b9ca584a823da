package org.llm4rec.explorer.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as fixed-width UTC text. {@link Instant#toString()} drops trailing zero fractions, and its texts then
 * no longer sort in time order ("...:00Z" sorts after "...:00.5Z"); nine fraction digits keep both the order
 * and every nanosecond.
 */
final class Timestamps {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    static Instant parse(String text) {
        return Instant.from(FORMAT.parse(text));
    }
}
