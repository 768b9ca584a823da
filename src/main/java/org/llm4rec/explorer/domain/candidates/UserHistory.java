package org.llm4rec.explorer.domain.candidates;

import java.util.List;
import java.util.Objects;

/**
 * One dataset user's interactions, oldest first.
 *
 * @param userId  the dataset's user id
 * @param itemIds item ids in the order the user interacted with them
 */
public record UserHistory(String userId, List<String> itemIds) {
    public UserHistory {
        Objects.requireNonNull(userId, "userId");
        itemIds = List.copyOf(itemIds);
    }
}
