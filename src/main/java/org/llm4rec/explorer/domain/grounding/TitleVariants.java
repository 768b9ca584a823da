package org.llm4rec.explorer.domain.grounding;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Other ways to read a generated title when it does not match as written: without a series note the
 * normaliser does not catch ("The Hunger Games, Book 1", "Mockingjay #3"), or only one side of a colon
 * ("Mistborn: The Final Empire", "Catching Fire: The Second Book of the Hunger Games").
 */
final class TitleVariants {
    private static final Pattern SERIES_NOTE = Pattern.compile(
            "(?i)[\\s,:;(\\[\u2013\u2014-]*\\b(?:book|volume|vol\\.?|part|no\\.?)\\s*"
                    + "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|[ivx]+)\\b.*$");
    private static final Pattern NUMBER_NOTE = Pattern.compile("[\\s,(\\[]*#\\s*\\d+(?:\\.\\d+)?\\b.*$");
    static final Pattern SUBTITLE_SEPARATOR = Pattern.compile(":|\\s[-\u2013\u2014]\\s");

    private TitleVariants() {
    }

    /** Distinct variants, most faithful first, without the title itself. */
    static List<String> of(String title) {
        String withoutSeries = withoutSeries(title);
        Set<String> variants = new LinkedHashSet<>();
        variants.add(withoutSeries);
        variants.add(beforeSubtitle(title));
        variants.add(afterSubtitle(title));
        variants.add(beforeSubtitle(withoutSeries));
        variants.remove(title.strip());
        variants.removeIf(String::isBlank);
        return List.copyOf(variants);
    }

    static String withoutSeries(String title) {
        String s = SERIES_NOTE.matcher(title).replaceFirst("");
        return NUMBER_NOTE.matcher(s).replaceFirst("").strip();
    }

    static String beforeSubtitle(String title) {
        if (!TitleKeys.containsAny(title, ":-\u2013\u2014")) {
            return title.strip();   // no separator: most titles, at every import
        }
        String[] parts = SUBTITLE_SEPARATOR.split(title, 2);
        return parts.length == 2 ? parts[0].strip() : title.strip();
    }

    private static String afterSubtitle(String title) {
        String[] parts = SUBTITLE_SEPARATOR.split(title, 2);
        return parts.length == 2 ? parts[1].strip() : title.strip();
    }
}
