package org.llm4rec.explorer.domain.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds recommendation JSON inside other text: after a chatty intro, in a code fence, or cut off at the end. */
final class EmbeddedJson {
    /** Bounds the work on long answers full of braces that are not JSON. */
    private static final int MAX_ATTEMPTS = 200;
    private static final String FENCE = "```";

    record Found(List<ItemFields> items, String note) {
    }

    private EmbeddedJson() {
    }

    static Optional<Found> find(String text) {
        int attempts = 0;
        for (int start = nextOpening(text, 0); start >= 0 && attempts < MAX_ATTEMPTS;
                start = nextOpening(text, start + 1)) {
            attempts++;
            Optional<JsonReading.Value> value = JsonReading.at(text, start);
            if (value.isPresent()) {
                List<ItemFields> items = JsonItems.from(value.get().node());
                if (!items.isEmpty()) {
                    if (JsonItems.isSingleItem(value.get().node())) {
                        items = withFollowingSingleItems(text, value.get(), items);
                    }
                    return Optional.of(new Found(items, placeNote(text, start)));
                }
                continue;
            }
            Optional<JsonNode> repaired = TruncatedJson.recover(text, start);
            if (repaired.isPresent()) {
                List<ItemFields> items = JsonItems.from(repaired.get());
                if (!items.isEmpty()) {
                    return Optional.of(new Found(items, truncationNote(items.size())));
                }
            }
        }
        return Optional.empty();
    }

    /** Objects written one after another without an enclosing array. */
    private static List<ItemFields> withFollowingSingleItems(String text, JsonReading.Value first,
                                                             List<ItemFields> firstItems) {
        List<ItemFields> items = new ArrayList<>(firstItems);
        int from = first.end();
        for (int start = text.indexOf('{', from); start >= 0; start = text.indexOf('{', from)) {
            Optional<JsonReading.Value> next = JsonReading.at(text, start);
            if (next.isEmpty() || !JsonItems.isSingleItem(next.get().node())) {
                break;
            }
            items.addAll(JsonItems.from(next.get().node()));
            from = next.get().end();
        }
        return items;
    }

    private static String truncationNote(int kept) {
        return kept == 1 ? "The JSON was cut off; the 1 complete item before the cut was kept."
                : "The JSON was cut off; the " + kept + " complete items before the cut were kept.";
    }

    private static String placeNote(String text, int start) {
        boolean inFence = countOccurrences(text.substring(0, start), FENCE) % 2 == 1;
        return inFence ? "The JSON was read from a code block in the answer."
                : "The JSON was read from inside other text in the answer.";
    }

    private static int nextOpening(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '[') {
                return i;
            }
        }
        return -1;
    }

    private static int countOccurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }
}
