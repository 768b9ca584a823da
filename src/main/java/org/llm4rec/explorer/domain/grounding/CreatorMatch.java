package org.llm4rec.explorer.domain.grounding;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the author a model wrote is one of an item's creators, allowing for the ways names are written:
 * "J.K. Rowling" and "J. K. Rowling", "Tolkien" for "J.R.R. Tolkien", "George R.R. Martin" for
 * "George R. R. Martin", and creator lists such as "J.K. Rowling, Mary GrandPré".
 */
final class CreatorMatch {
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    private CreatorMatch() {
    }

    static boolean matches(String written, String creators) {
        if (written == null || written.isBlank() || creators == null || creators.isBlank()) {
            return false;
        }
        for (List<String> a : names(written)) {
            for (List<String> b : names(creators)) {
                if (sameName(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameName(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (String.join("", a).equals(String.join("", b))) {
            return true;
        }
        String lastA = a.get(a.size() - 1);
        String lastB = b.get(b.size() - 1);
        if (!lastA.equals(lastB)) {
            return false;
        }
        // A surname alone, or first names that agree on their initial.
        return a.size() == 1 || b.size() == 1 || a.get(0).charAt(0) == b.get(0).charAt(0);
    }

    private static List<List<String>> names(String text) {
        return Arrays.stream(text.split(",|;|&|\\band\\b|/"))
                .map(CreatorMatch::tokens)
                .filter(t -> !t.isEmpty())
                .toList();
    }

    private static List<String> tokens(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return s.isEmpty() ? List.of()
                : Arrays.stream(s.split(" ")).filter(t -> !SUFFIXES.contains(t)).toList();
    }
}
