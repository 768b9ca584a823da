package org.llm4rec.explorer.domain.parse;

/**
 * One recommendation as the model wrote it, before grounding.
 *
 * @param rank        position in the answer, from 1
 * @param title       the title as written
 * @param creator     author/director as written, empty when not given
 * @param explanation why it is recommended, empty when not given
 * @param year        the year written with the title ("Cape Fear (1991)"), or null; it tells remakes apart
 */
public record ParsedItem(int rank, String title, String creator, String explanation, Integer year) {

    public ParsedItem(int rank, String title, String creator, String explanation) {
        this(rank, title, creator, explanation, null);
    }
}
