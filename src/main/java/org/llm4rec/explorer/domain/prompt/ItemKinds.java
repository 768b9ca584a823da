package org.llm4rec.explorer.domain.prompt;

import java.util.Locale;

/** Names an item kind the way a prompt says it, in the singular and the plural. */
public final class ItemKinds {
    private static final String FALLBACK = "item";

    private ItemKinds() {
    }

    /** The dataset's item kind in lower case, or "item" when the dataset does not say. */
    public static String singular(String kind) {
        return kind == null || kind.isBlank() ? FALLBACK : kind.strip().toLowerCase(Locale.ROOT);
    }

    /** Who makes an item of this kind, as a prompt asks for it: a book's author, a movie's director. */
    public static String creator(String kind) {
        return switch (singular(kind)) {
            case "book", "novel" -> "author";
            case "movie", "film" -> "director";
            case "product" -> "brand";
            default -> "creator";
        };
    }

    /** English plural of {@link #singular}: enough for the kinds datasets use (book, movie, series, category). */
    public static String plural(String kind) {
        String word = singular(kind);
        if (word.endsWith("s") && !word.endsWith("ss")) {
            return word;
        }
        if (word.endsWith("ss") || word.endsWith("x") || word.endsWith("ch") || word.endsWith("sh")) {
            return word + "es";
        }
        if (word.length() > 1 && word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }
}
