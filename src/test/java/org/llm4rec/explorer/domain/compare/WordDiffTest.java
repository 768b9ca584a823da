package org.llm4rec.explorer.domain.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.llm4rec.explorer.domain.compare.DiffSegment.Kind.ADDED;
import static org.llm4rec.explorer.domain.compare.DiffSegment.Kind.REMOVED;
import static org.llm4rec.explorer.domain.compare.DiffSegment.Kind.SAME;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void aChangedWordInTheMiddle() {
        // LCS of "the quick brown fox" and "the slow brown fox" is "the brown fox": quick removed, slow added.
        assertThat(WordDiff.between("the quick brown fox", "the slow brown fox")).containsExactly(
                new DiffSegment(SAME, "the "), new DiffSegment(REMOVED, "quick "), new DiffSegment(ADDED, "slow "),
                new DiffSegment(SAME, "brown fox"));
    }

    @Test
    void insertionsAndDeletionsAcrossTheText() {
        // a b c d e -> b c x d: LCS "b c d"; a removed, x added before d, e removed at the end.
        assertThat(WordDiff.between("a b c d e", "b c x d")).containsExactly(
                new DiffSegment(REMOVED, "a "), new DiffSegment(SAME, "b c "), new DiffSegment(ADDED, "x "),
                new DiffSegment(SAME, "d"), new DiffSegment(REMOVED, "e"));
    }

    @Test
    void whiteSpaceOnlySeparatesWords() {
        // Re-wrapped: the words are the same, the second text's line break is kept for display.
        assertThat(WordDiff.between("rate these\nbooks", "rate these books"))
                .containsExactly(new DiffSegment(SAME, "rate these books"));
    }

    @Test
    void emptyIdenticalAndDisjointTexts() {
        assertThat(WordDiff.between("", "")).isEmpty();
        assertThat(WordDiff.between("", "new words")).containsExactly(new DiffSegment(ADDED, "new words"));
        assertThat(WordDiff.between("old words", null)).containsExactly(new DiffSegment(REMOVED, "old words"));
        assertThat(WordDiff.between("same text", "same text")).containsExactly(new DiffSegment(SAME, "same text"));
        assertThat(WordDiff.between("x y", "p q"))
                .containsExactly(new DiffSegment(REMOVED, "x y"), new DiffSegment(ADDED, "p q"));
    }

    @Test
    void repeatedWordsFindTheLongestCommonSubsequence() {
        // "a b a b a" vs "b a b": the LCS has length 3 ("b a b"), so exactly two words are removed.
        List<DiffSegment> diff = WordDiff.between("a b a b a", "b a b");
        assertThat(words(diff, SAME)).isEqualTo(3);
        assertThat(words(diff, REMOVED)).isEqualTo(2);
        assertThat(words(diff, ADDED)).isZero();
    }

    @Test
    void eachTextCanBeReadBackFromTheSegments() {
        String before = "Recommend 10 books for a reader who loved The Hobbit.\nExplain each choice.";
        String after = "Recommend 5 films for a viewer who loved The Hobbit and Dune.\nExplain each choice briefly.";
        List<DiffSegment> diff = WordDiff.between(before, after);
        assertThat(text(diff, ADDED)).isEqualTo(words(before));
        assertThat(text(diff, REMOVED)).isEqualTo(words(after));
    }

    /** The words of the text rebuilt from the segments that are not of the skipped kind. */
    private static String text(List<DiffSegment> diff, DiffSegment.Kind skipped) {
        return words(diff.stream().filter(s -> s.kind() != skipped).map(DiffSegment::text)
                .collect(Collectors.joining(" ")));
    }

    private static String words(String text) {
        return String.join(" ", text.trim().split("\\s+"));
    }

    private static int words(List<DiffSegment> diff, DiffSegment.Kind kind) {
        return diff.stream().filter(s -> s.kind() == kind).mapToInt(s -> s.text().trim().split("\\s+").length)
                .sum();
    }
}
