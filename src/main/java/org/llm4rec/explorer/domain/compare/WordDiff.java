package org.llm4rec.explorer.domain.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts by their longest common subsequence of words. Words are compared exactly
 * (case and punctuation count); white space only separates them, so re-wrapped lines are not changes.
 *
 * <p>Prompts run to thousands of words, so the common start and end are set aside first and the middle is
 * matched with Hirschberg's linear-space LCS: time grows with the product of the lengths, memory only with their
 * sum.
 */
public final class WordDiff {
    private static final Pattern WORD = Pattern.compile("\\S+\\s*");

    private WordDiff() {
    }

    /** The segments that turn the first text into the second; SAME segments carry the second text's spacing. */
    public static List<DiffSegment> between(String first, String second) {
        List<String> before = tokens(first);
        List<String> after = tokens(second);
        Map<String, Integer> numbers = new HashMap<>();
        int[] a = ids(before, numbers);
        int[] b = ids(after, numbers);
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix] == b[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix] == b[b.length - 1 - suffix]) {
            suffix++;
        }
        List<int[]> matches = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            matches.add(new int[] {i, i});
        }
        lcs(a, prefix, a.length - suffix, b, prefix, b.length - suffix, matches);
        for (int i = suffix; i > 0; i--) {
            matches.add(new int[] {a.length - i, b.length - i});
        }
        return segments(before, after, matches);
    }

    private static List<DiffSegment> segments(List<String> before, List<String> after, List<int[]> matches) {
        Segments out = new Segments();
        int i = 0;
        int j = 0;
        for (int[] match : matches) {
            out.addAll(DiffSegment.Kind.REMOVED, before.subList(i, match[0]));
            out.addAll(DiffSegment.Kind.ADDED, after.subList(j, match[1]));
            out.add(DiffSegment.Kind.SAME, after.get(match[1]));
            i = match[0] + 1;
            j = match[1] + 1;
        }
        out.addAll(DiffSegment.Kind.REMOVED, before.subList(i, before.size()));
        out.addAll(DiffSegment.Kind.ADDED, after.subList(j, after.size()));
        return out.close();
    }

    /** Appends the matched index pairs of an LCS of a[aLo, aHi) and b[bLo, bHi), in order. */
    private static void lcs(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi, List<int[]> out) {
        if (aLo >= aHi || bLo >= bHi) {
            return;
        }
        if (aHi - aLo == 1) {
            for (int j = bLo; j < bHi; j++) {
                if (b[j] == a[aLo]) {
                    out.add(new int[] {aLo, j});
                    return;
                }
            }
            return;
        }
        int mid = (aLo + aHi) >>> 1;
        int[] forward = forwardLengths(a, aLo, mid, b, bLo, bHi);
        int[] backward = backwardLengths(a, mid, aHi, b, bLo, bHi);
        int split = 0;
        int best = -1;
        for (int j = 0; j <= bHi - bLo; j++) {
            if (forward[j] + backward[j] > best) {
                best = forward[j] + backward[j];
                split = j;
            }
        }
        lcs(a, aLo, mid, b, bLo, bLo + split, out);
        lcs(a, mid, aHi, b, bLo + split, bHi, out);
    }

    /** lengths[j] = LCS length of a[aLo, aHi) and b[bLo, bLo + j). */
    private static int[] forwardLengths(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi) {
        int[] row = new int[bHi - bLo + 1];
        int[] next = new int[row.length];
        for (int i = aLo; i < aHi; i++) {
            for (int j = 1; j < row.length; j++) {
                next[j] = a[i] == b[bLo + j - 1] ? row[j - 1] + 1 : Math.max(row[j], next[j - 1]);
            }
            int[] swap = row;
            row = next;
            next = swap;
        }
        return row;
    }

    /** lengths[j] = LCS length of a[aLo, aHi) and b[bLo + j, bHi). */
    private static int[] backwardLengths(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi) {
        int n = bHi - bLo;
        int[] row = new int[n + 1];
        int[] next = new int[n + 1];
        for (int i = aHi - 1; i >= aLo; i--) {
            for (int j = n - 1; j >= 0; j--) {
                next[j] = a[i] == b[bLo + j] ? row[j + 1] + 1 : Math.max(row[j], next[j + 1]);
            }
            int[] swap = row;
            row = next;
            next = swap;
        }
        return row;
    }

    /** Each word with the white space after it; white space before the first word goes with it. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tokens;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(tokens.isEmpty() ? text.substring(0, m.end()) : m.group());
        }
        return tokens;
    }

    /** Words as numbers, so that the inner loops compare ints; numbers is shared by both texts. */
    private static int[] ids(List<String> tokens, Map<String, Integer> numbers) {
        return tokens.stream().mapToInt(t -> numbers.computeIfAbsent(t.strip(), w -> numbers.size())).toArray();
    }

    /** Collects segments, joining neighbours of the same kind. */
    private static final class Segments {
        private final List<DiffSegment> list = new ArrayList<>();
        private DiffSegment.Kind kind;
        private final StringBuilder text = new StringBuilder();

        void addAll(DiffSegment.Kind tokensKind, List<String> tokens) {
            tokens.forEach(t -> add(tokensKind, t));
        }

        void add(DiffSegment.Kind tokenKind, String token) {
            if (tokenKind != kind) {
                close();
                kind = tokenKind;
            }
            text.append(token);
        }

        List<DiffSegment> close() {
            if (kind != null && !text.isEmpty()) {
                list.add(new DiffSegment(kind, text.toString()));
            }
            text.setLength(0);
            return list;
        }
    }
}
