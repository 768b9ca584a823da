package org.llm4rec.explorer.dataset.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** What an item's import details (the JSON of the dataset's other fields) say that grounding uses. */
public final class ItemDetails {
    /** The fields that hold another title of the item. */
    private static final List<String> TITLE_FIELDS = List.of("original_title");

    private ItemDetails() {
    }

    /** Other titles kept in the details; none when the details hold none or are not JSON. */
    public static List<String> otherTitles(String details) {
        if (details == null || details.isBlank()) {
            return List.of();
        }
        try {
            JsonNode node = Mapper.JSON.readTree(details);
            return TITLE_FIELDS.stream().map(node::get).filter(n -> n != null && n.isTextual())
                    .map(JsonNode::asText).filter(t -> !t.isBlank()).toList();
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    /** Made at the first details read, not when the class loads: MovieLens 1M and 10M items have none. */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }
}
