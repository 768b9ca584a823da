package org.llm4rec.explorer.domain.prompt;

import java.math.BigDecimal;
import java.util.List;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.ProfileEntry;

/** The numbered lists prompts show: a history and a candidate set. */
public final class PromptLists {
    /** All datasets the app reads rate on a scale up to 5 (MovieLens, Amazon, goodbooks). */
    private static final String RATING_SCALE = "5";
    private static final String RATED = " (rated ";

    private PromptLists() {
    }

    /** "1. Title by Author (rated 5/5)", one line each, in the given order (oldest first for histories). */
    public static String history(List<ProfileEntry> entries) {
        StringBuilder out = new StringBuilder();
        int number = 1;
        for (ProfileEntry entry : entries) {
            if (entry.heldOut()) {
                throw new IllegalArgumentException("A held-out item cannot be shown in a prompt: "
                        + entry.item().title());
            }
            out.append(number++).append(". ").append(entry.item().label());
            if (entry.rating() != null) {
                out.append(RATED).append(rating(entry.rating())).append('/').append(RATING_SCALE).append(')');
            }
            switch (entry.reaction()) {
                case LIKED -> out.append(" (liked)");
                case DISLIKED -> out.append(" (disliked)");
                case NONE -> { }
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** True when a history written by {@link #history} shows at least one rating. */
    public static boolean showsRatings(String history) {
        return history.contains(RATED);
    }

    /** "1. Title by Author", one line each, in the given order. */
    public static String items(List<Item> items) {
        StringBuilder out = new StringBuilder();
        int number = 1;
        for (Item item : items) {
            out.append(number++).append(". ").append(item.label()).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** 5.0 is "5" and 4.5 stays "4.5": whole stars read better without a decimal point. */
    public static String rating(double rating) {
        return BigDecimal.valueOf(rating).stripTrailingZeros().toPlainString();
    }
}
