package org.llm4rec.explorer.domain.run;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.llm4rec.explorer.domain.grounding.Flag;
import org.llm4rec.explorer.domain.grounding.Grounding;
import org.llm4rec.explorer.domain.grounding.Recommendation;

/**
 * The one place that decides which badges an item of a run carries, for the window, presentation mode and every
 * export alike. A badge says something about what the prompt held: "not in candidates" only when the prompt
 * offered candidates, so runs stored before candidates were kept apart from open generation read right too.
 */
public final class Badges {

    /** How a badge is drawn. */
    public enum Kind { GROUNDED, NOT_IN_CATALOGUE, HIT, WARNING }

    /**
     * One badge.
     *
     * @param kind        how it is drawn
     * @param label       its short text
     * @param description what it means, in a sentence
     */
    public record Badge(Kind kind, String label, String description) {
    }

    private Badges() {
    }

    /** The item's flags as the run's prompt justifies them: "not in candidates" needs candidates in the prompt. */
    public static Set<Flag> flags(RunRecord run, Recommendation item) {
        Set<Flag> flags = item.flags().isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(item.flags());
        if (!promptHeldCandidates(run)) {
            flags.remove(Flag.NOT_IN_CANDIDATES);
        }
        return flags;
    }

    /** The badges in the order they are shown: grounding, hit, then each flag once. */
    public static List<Badge> of(RunRecord run, Recommendation item) {
        List<Badge> badges = new ArrayList<>();
        badges.add(grounding(item.grounding()));
        if (item.hit()) {
            badges.add(new Badge(Kind.HIT, "hit: held-out target",
                    "This is the profile's hidden target: the model found it without seeing it."));
        }
        for (Flag flag : flags(run, item)) {
            // The grounding badge already says it.
            if (flag != Flag.NOT_IN_CATALOGUE) {
                badges.add(new Badge(Kind.WARNING, flag.label(), describe(flag)));
            }
        }
        return List.copyOf(badges);
    }

    private static boolean promptHeldCandidates(RunRecord run) {
        return run.candidates() != null && !run.candidates().items().isEmpty();
    }

    private static Badge grounding(Grounding grounding) {
        if (!grounding.grounded()) {
            return new Badge(Kind.NOT_IN_CATALOGUE, "not in catalogue",
                    "No catalogue item is close to this title: the model may have invented it.");
        }
        if (grounding.ambiguous()) {
            return new Badge(Kind.WARNING, "ambiguous: " + grounding.alternatives().size() + " items",
                    "The catalogue has " + grounding.alternatives().size() + " items with this title and the answer"
                            + " does not say which one it means.");
        }
        String method = grounding.method().name().toLowerCase(Locale.ROOT);
        // The confidence shows for every method, so that columns can be compared on how sure each match is.
        return new Badge(Kind.GROUNDED, String.format(Locale.ROOT, "in catalogue · %s %.0f%%", method,
                grounding.confidence() * 100), "Matched to catalogue item " + grounding.item().id() + " by " + method
                + " title match, confidence " + String.format(Locale.ROOT, "%.2f", grounding.confidence()) + ".");
    }

    private static String describe(Flag flag) {
        return switch (flag) {
            case DUPLICATE -> "The same item appears earlier in this list.";
            case ALREADY_SEEN -> "The item is already in the profile's history, which the prompt showed.";
            case SEEN_NOT_IN_PROMPT -> "The item is in the profile's history, but older than the part the prompt"
                    + " showed: the model could not know the user has it.";
            case NOT_IN_CANDIDATES -> "The item was not among the candidates the model was asked to rank.";
            case NOT_IN_CATALOGUE -> "The item is not in the catalogue.";
            case CITES_ABSENT_HISTORY -> "The explanation names an item, creator or genre as part of the user's"
                    + " history that the history does not contain (checked without a model).";
        };
    }
}
