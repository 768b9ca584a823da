package org.llm4rec.explorer.app.port;

/**
 * A user of an imported dataset.
 *
 * @param id           the dataset's id for the user
 * @param attributes   the dataset's fields for the user as a JSON object ("{}" when none)
 * @param interactions how many interactions the user has
 */
public record DatasetUser(String id, String attributes, long interactions) {
}
