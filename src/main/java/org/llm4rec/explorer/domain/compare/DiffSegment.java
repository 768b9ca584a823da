package org.llm4rec.explorer.domain.compare;

/**
 * A run of words of a word-level diff.
 *
 * @param kind what happened to the words
 * @param text the words with the white space that followed them, as in the text they come from
 */
public record DiffSegment(Kind kind, String text) {
    /** In both texts, only in the second, or only in the first. */
    public enum Kind { SAME, ADDED, REMOVED }
}
