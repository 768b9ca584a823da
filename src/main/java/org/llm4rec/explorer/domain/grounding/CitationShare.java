package org.llm4rec.explorer.domain.grounding;

import java.util.List;
import java.util.Locale;

/**
 * How many of a list's explanations cite something the user's history does not hold.
 *
 * @param explained    items with an explanation
 * @param citingAbsent of those, the ones flagged {@link Flag#CITES_ABSENT_HISTORY}
 */
public record CitationShare(int explained, int citingAbsent) {

    public static CitationShare of(List<Recommendation> list) {
        int explained = 0;
        int absent = 0;
        for (Recommendation r : list) {
            if (!r.explanation().isBlank()) {
                explained++;
                absent += r.flags().contains(Flag.CITES_ABSENT_HISTORY) ? 1 : 0;
            }
        }
        return new CitationShare(explained, absent);
    }

    /** citingAbsent / explained, NaN for a list without explanations. */
    public double share() {
        return explained == 0 ? Double.NaN : (double) citingAbsent / explained;
    }

    /** "2 of 10 explanations cite absent history", or empty without explanations. */
    public String describe() {
        return explained == 0 ? ""
                : String.format(Locale.ROOT, "%d of %d explanation%s cite%s absent history", citingAbsent, explained,
                explained == 1 ? "" : "s", explained == 1 ? "s" : "");
    }
}
