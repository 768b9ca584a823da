package org.llm4rec.explorer.domain.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rank-biased overlap (Webber, Moffat and Zobel 2010, "A similarity measure for indefinite rankings"), the
 * extrapolated form RBO_ext of their equation 32, which handles lists of different lengths. With S the shorter
 * list (length s), L the longer (length l) and X_d the overlap of the first d items (all of S once d > s):
 * <pre>
 * RBO_ext = (1−p)/p · ( Σ_{d=1..l} X_d/d · p^d + Σ_{d=s+1..l} X_s·(d−s)/(s·d) · p^d ) + ( (X_l − X_s)/l + X_s/s ) · p^l
 * </pre>
 * The persistence p in (0, 1) says how much the top weighs: at p = 0.9 the first 10 ranks carry about 86 % of
 * the weight. Range [0, 1]: 1 for identical lists (and when the shorter is a prefix of the longer, as RBO_ext
 * assumes the agreement goes on), 0 for disjoint lists. Two empty lists are identical (1); an empty and a
 * non-empty list share nothing (0).
 */
public final class RankBiasedOverlap {
    /** The persistence the app uses unless told otherwise. */
    public static final double DEFAULT_PERSISTENCE = 0.9;

    private RankBiasedOverlap() {
    }

    public static double extrapolated(RankedList a, RankedList b) {
        return extrapolated(a, b, DEFAULT_PERSISTENCE);
    }

    public static double extrapolated(RankedList a, RankedList b, double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("persistence p must be between 0 and 1 (exclusive), was " + p);
        }
        List<ItemKey> shorter = (a.size() <= b.size() ? a : b).top(Integer.MAX_VALUE);
        List<ItemKey> longer = (a.size() <= b.size() ? b : a).top(Integer.MAX_VALUE);
        int s = shorter.size();
        int l = longer.size();
        if (l == 0) {
            return 1.0;
        }
        if (s == 0) {
            return 0.0;
        }
        Set<ItemKey> seenShort = new HashSet<>();
        Set<ItemKey> seenLong = new HashSet<>();
        int overlap = 0;
        int overlapAtS = 0;
        double agreements = 0;
        double extrapolation = 0;
        double weight = 1;
        for (int d = 1; d <= l; d++) {
            weight *= p;
            if (d <= s) {
                ItemKey fromShort = shorter.get(d - 1);
                seenShort.add(fromShort);
                overlap += seenLong.contains(fromShort) ? 1 : 0;
            }
            ItemKey fromLong = longer.get(d - 1);
            seenLong.add(fromLong);
            overlap += seenShort.contains(fromLong) ? 1 : 0;
            if (d == s) {
                overlapAtS = overlap;
            }
            agreements += (double) overlap / d * weight;
            if (d > s) {
                extrapolation += (double) overlapAtS * (d - s) / ((double) s * d) * weight;
            }
        }
        return (1 - p) / p * (agreements + extrapolation)
                + ((double) (overlap - overlapAtS) / l + (double) overlapAtS / s) * weight;
    }
}
