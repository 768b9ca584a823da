package org.llm4rec.explorer.domain.parse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.llm4rec.explorer.domain.Item;

/**
 * Writes a list that the app assembled from several answers (a multi-step run, a Borda count) in the JSON shape
 * the parser reads first, so that titles with colons or dashes survive intact.
 */
public final class AnswerJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root = JSON.createObjectNode();
    private final ArrayNode list = root.putArray("recommendations");

    /** Adds a catalogue item with its exact title and creators. */
    public AnswerJson add(Item item, String explanation) {
        return add(item.title(), item.creators(), explanation);
    }

    /**
     * Adds an item as a model wrote it. The parser reads a "by Author" from the title field, where it can tell an
     * author from a title that holds " by " ("North by Northwest").
     */
    public AnswerJson addWritten(String written, String explanation) {
        return add(written.strip(), "", explanation);
    }

    private AnswerJson add(String title, String author, String explanation) {
        ObjectNode item = list.addObject();
        item.put("title", title);
        item.put("author", author);
        item.put("explanation", explanation);
        return this;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public String text() {
        return root.toPrettyString();
    }
}
