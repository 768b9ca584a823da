package org.llm4rec.explorer.domain.parse;

/**
 * One recommendation as the model wrote it, before grounding.
 *
 * @param rank        position in the answer, from 1
 * @param title       the title as written
 * @param creator     author/director as written, empty when not given
 * @param explanation why it is recommended, empty when not given
 */
public record ParsedItem(int rank, String title, String creator, String explanation) {
}
