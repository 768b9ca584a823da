package org.llm4rec.explorer.domain.grounding;

/** How a generated title was matched to a catalogue item. */
public enum GroundingMethod {
    /** The title equals a catalogue title (ignoring case). */
    EXACT,
    /** The titles are equal after normalisation (punctuation, articles, series and year removed). */
    NORMALISED,
    /** The closest catalogue title by full-text search and edit distance. */
    FUZZY,
    /** No catalogue item is close enough: the model invented it, or it is outside the catalogue. */
    NONE
}
