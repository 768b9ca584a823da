package org.llm4rec.explorer.domain.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds recommendations in parsed JSON of the shapes models actually produce: the asked
 * {@code {"recommendations":[...]}}, a bare array, other list and field names, a single object, arrays of plain
 * strings, and objects mapping titles to reasons.
 */
final class JsonItems {
    private static final Set<String> LIST_KEYS = Set.of("recommendations", "recommendation", "recommended", "items",
            "books", "movies", "films", "shows", "products", "results", "list", "suggestions", "picks");
    private static final List<String> TITLE_KEYS = List.of("title", "name", "book", "movie", "film", "booktitle",
            "movietitle", "itemtitle", "item", "show");
    private static final List<String> CREATOR_KEYS = List.of("author", "authors", "by", "creator", "creators",
            "director", "directors", "writer", "writers", "artist", "brand", "authorname");
    private static final List<String> EXPLANATION_KEYS = List.of("explanation", "reason", "reasons", "why",
            "justification", "rationale", "because", "reasoning", "explain", "description");
    private static final List<String> YEAR_KEYS = List.of("year", "releaseyear", "published", "publicationyear",
            "released");
    /** Keys of wrapper objects that are never titles, so their text values are not read as title-to-reason. */
    private static final Set<String> NOT_TITLES = Set.of("answer", "response", "text", "message", "note", "notes",
            "error", "output", "result", "content", "status", "user", "profile", "summary", "count");

    private JsonItems() {
    }

    static List<ItemFields> from(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        if (node.isArray()) {
            return fromArray(node);
        }
        if (node.isObject()) {
            return fromObject(node);
        }
        return List.of();
    }

    /** True for one recommendation on its own, which models sometimes repeat object after object. */
    static boolean isSingleItem(JsonNode node) {
        return node != null && node.isObject() && field(node, TITLE_KEYS) != null && listField(node) == null;
    }

    private static List<ItemFields> fromArray(JsonNode array) {
        List<ItemFields> items = new ArrayList<>();
        for (JsonNode element : array) {
            if (element.isObject()) {
                items.addAll(fromObject(element));
            } else if (element.isTextual()) {
                add(items, ItemText.parse(element.asText()));
            }
        }
        return items;
    }

    private static List<ItemFields> fromObject(JsonNode object) {
        JsonNode list = listField(object);
        if (list != null) {
            List<ItemFields> items = from(list);
            if (!items.isEmpty()) {
                return items;
            }
        }
        if (field(object, TITLE_KEYS) != null) {
            List<ItemFields> single = new ArrayList<>();
            add(single, item(object, null));
            return single;
        }
        List<ItemFields> keyed = fromKeyedEntries(object);
        if (!keyed.isEmpty()) {
            return keyed;
        }
        for (JsonNode value : object) {
            if (value.isArray() || value.isObject()) {
                List<ItemFields> nested = from(value);
                if (!nested.isEmpty()) {
                    return nested;
                }
            }
        }
        return List.of();
    }

    /** {"Dune": "reason"}, {"1": "Dune by Frank Herbert"}, {"Dune": {"author": ...}}. */
    private static List<ItemFields> fromKeyedEntries(JsonNode object) {
        List<ItemFields> items = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            String key = entry.getKey().strip();
            JsonNode value = entry.getValue();
            if (isItemField(key)) {
                // An entry of one item that lacks its title, not a title of its own.
                return List.of();
            }
            if (NOT_TITLES.contains(normaliseKey(key))) {
                continue;
            }
            boolean numbered = key.matches("#?\\s*\\d+\\.?");
            if (value.isTextual()) {
                add(items, numbered ? ItemText.parse(value.asText())
                        : new ItemFields(ItemText.title(key), "", ItemText.explanation(value.asText())));
            } else if (value.isObject()) {
                add(items, item(value, numbered ? null : key));
            } else {
                return List.of();
            }
        }
        return items;
    }

    private static ItemFields item(JsonNode object, String titleFromKey) {
        return fields(object, titleFromKey).withYear(year(field(object, YEAR_KEYS)));
    }

    private static Integer year(JsonNode node) {
        String text = node == null || !node.isValueNode() ? "" : node.asText().strip();
        return text.matches("\\d{4}") ? Integer.valueOf(text) : null;
    }

    private static ItemFields fields(JsonNode object, String titleFromKey) {
        JsonNode titleNode = field(object, TITLE_KEYS);
        String rawTitle = titleNode != null && titleNode.isValueNode() ? titleNode.asText()
                : titleFromKey == null ? "" : titleFromKey;
        String creator = joined(field(object, CREATOR_KEYS), ", ");
        String explanation = joined(explanationField(object), " ");
        ItemFields fromText = ItemText.parse(rawTitle);
        boolean ownCreator = !creator.isBlank();
        // A title field holds no reason: "Grand Theft Auto V - Xbox One" keeps its dash. Beside a creator field it
        // holds no creator either ("Fallout 4 (Xbox One)"); without one, "Dune by Frank Herbert (1965)" still
        // carries its author.
        boolean whole = ownCreator ? !fromText.explanation().isEmpty() || !fromText.creator().isEmpty()
                : !fromText.explanation().isEmpty() && fromText.creator().isEmpty();
        String title = whole ? ItemText.titleWithoutYear(rawTitle) : fromText.title();
        return new ItemFields(title, ownCreator ? ItemText.creator(creator) : fromText.creator(),
                ItemText.explanation(explanation), fromText.year());
    }

    private static void add(List<ItemFields> items, ItemFields item) {
        if (item.hasTitle()) {
            items.add(item);
        }
    }

    private static JsonNode listField(JsonNode object) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            String key = normaliseKey(entry.getKey());
            boolean listLike = entry.getValue().isArray() || entry.getValue().isObject();
            if (listLike && (LIST_KEYS.contains(key) || key.contains("recommend"))) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static JsonNode explanationField(JsonNode object) {
        JsonNode known = field(object, EXPLANATION_KEYS);
        if (known != null) {
            return known;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            if (normaliseKey(entry.getKey()).startsWith("why")) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The first field whose name is one of the keys, in the keys' order of preference. */
    private static JsonNode field(JsonNode object, List<String> keys) {
        for (String wanted : keys) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> entry = fields.next();
                if (normaliseKey(entry.getKey()).equals(wanted) && !entry.getValue().isNull()) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    private static String joined(JsonNode node, String separator) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(n -> {
                if (n.isValueNode()) {
                    parts.add(n.asText().strip());
                }
            });
            return String.join(separator, parts);
        }
        return node.isValueNode() ? node.asText() : "";
    }

    private static boolean isItemField(String key) {
        String k = normaliseKey(key);
        return TITLE_KEYS.contains(k) || CREATOR_KEYS.contains(k) || EXPLANATION_KEYS.contains(k)
                || YEAR_KEYS.contains(k);
    }

    private static String normaliseKey(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
