package org.llm4rec.explorer.domain.experiment;

import java.util.Objects;

/**
 * Which users of a dataset an experiment scores.
 *
 * @param kind     random users, or a segment
 * @param size     at most this many users, drawn at random with the seed from the kind's users; 0 takes them all
 * @param seed     seed of the draw
 * @param category for {@link Kind#CATEGORY}: the category (genre) as the catalogue writes it; empty otherwise
 */
public record UserSample(Kind kind, int size, long seed, String category) {

    /** How users are chosen before the random draw of {@code size}. */
    public enum Kind {
        RANDOM("Random users"),
        /** At most {@link #COLD_START_MAX} interactions in the whole dataset. */
        COLD_START("Cold-start users (≤ " + UserSample.COLD_START_MAX + " interactions)"),
        /** The top decile of users by number of interactions. */
        HEAVY("Heavy users (top 10% by interactions)"),
        /** Users with at least half of their interactions in the category. */
        CATEGORY("Users of a category");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final int COLD_START_MAX = 5;

    public UserSample {
        Objects.requireNonNull(kind, "kind");
        category = category == null ? "" : category.strip();
        if (size < 0) {
            throw new IllegalArgumentException("The sample size must be 0 (all) or more, not " + size + ".");
        }
        if (kind == Kind.CATEGORY && category.isEmpty()) {
            throw new IllegalArgumentException("A category sample needs a category, for example \"Comedy\".");
        }
    }

    public static UserSample random(int size, long seed) {
        return new UserSample(Kind.RANDOM, size, seed, "");
    }

    public static UserSample coldStart(int size, long seed) {
        return new UserSample(Kind.COLD_START, size, seed, "");
    }

    public static UserSample heavy(int size, long seed) {
        return new UserSample(Kind.HEAVY, size, seed, "");
    }

    public static UserSample category(String category, int size, long seed) {
        return new UserSample(Kind.CATEGORY, size, seed, category);
    }

    /** One line for results and exports: "50 random users (seed 42)". */
    public String describe() {
        String count = size == 0 ? "all" : "up to " + size;
        return switch (kind) {
            case RANDOM -> (size == 0 ? "All users" : size + " random users") + " (seed " + seed + ")";
            case CATEGORY -> capitalised(count) + " users with at least half of their interactions in \"" + category
                    + "\" (seed " + seed + ")";
            default -> capitalised(count) + " of the " + kind.label().toLowerCase() + " (seed " + seed + ")";
        };
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
