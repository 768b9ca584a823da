package org.llm4rec.explorer.ui.experiment;

import java.util.List;

/**
 * The per-user values of one configuration, drawn as a column of points.
 *
 * @param configuration the configuration's label
 * @param baseline      true for a baseline
 * @param users         one value per user
 */
public record StripColumn(String configuration, boolean baseline, List<UserValue> users) {
    public StripColumn {
        users = List.copyOf(users);
    }

    /**
     * One user's value.
     *
     * @param userId the dataset's id of the user
     * @param value  the metric for this user
     */
    public record UserValue(String userId, double value) {
    }
}
