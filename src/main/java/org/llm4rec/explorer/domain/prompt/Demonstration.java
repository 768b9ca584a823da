package org.llm4rec.explorer.domain.prompt;

import java.util.List;
import java.util.Objects;
import org.llm4rec.explorer.domain.Item;

/**
 * One in-context example: a history and the item that followed it.
 *
 * @param source  whose history it is, as the prompt says it ("my own history", "a reader with a similar history")
 * @param history the items before, oldest first
 * @param next    the item that came next
 */
public record Demonstration(String source, List<Item> history, Item next) {
    public Demonstration {
        Objects.requireNonNull(next, "next");
        history = List.copyOf(history);
    }
}
