package org.llm4rec.explorer.domain.embedding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.llm4rec.explorer.domain.Item;

/**
 * Ranks items by the cosine similarity of their vectors to a user vector, and names for each the history item it
 * is closest to, which is the explanation a discriminative ranker can honestly give.
 */
public final class CosineRanking {
    private CosineRanking() {
    }

    /** An item with its vector. */
    public record Embedded(Item item, float[] vector) {
    }

    /**
     * One ranked item.
     *
     * @param item    the item
     * @param score   cosine similarity to the user vector
     * @param nearest the history item closest to it, null when no history vector was given
     * @param nearestScore cosine similarity to that history item
     */
    public record Scored(Item item, double score, Item nearest, double nearestScore) {

        /** "cosine 0.83; closest to your liked item X (0.91)", with the role ("liked item") given. */
        public String explanation(String role) {
            String text = String.format(Locale.ROOT, "cosine %.2f", score);
            return nearest == null ? text : text + String.format(Locale.ROOT, "; closest to your %s %s (%.2f)",
                    role, nearest.label(), nearestScore);
        }
    }

    /**
     * The best {@code count} items, highest similarity first; ties keep the given order, so a seeded candidate
     * order decides them reproducibly.
     */
    public static List<Scored> rank(float[] user, List<Embedded> items, List<Embedded> history, int count) {
        List<Scored> scored = new ArrayList<>();
        for (Embedded e : items) {
            Embedded nearest = null;
            double nearestScore = Double.NEGATIVE_INFINITY;
            for (Embedded h : history) {
                double s = Vectors.cosine(e.vector(), h.vector());
                if (s > nearestScore) {
                    nearest = h;
                    nearestScore = s;
                }
            }
            scored.add(new Scored(e.item(), Vectors.cosine(user, e.vector()),
                    nearest == null ? null : nearest.item(), nearest == null ? 0 : nearestScore));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        return List.copyOf(scored.subList(0, Math.min(count, scored.size())));
    }
}
