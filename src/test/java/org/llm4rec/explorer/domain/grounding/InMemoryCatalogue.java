package org.llm4rec.explorer.domain.grounding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.llm4rec.explorer.domain.Item;

/**
 * An {@link ItemLookup} over a list of items. {@link #similar} ranks by shared character trigrams, as the store's
 * full-text index does, so fuzzy grounding is exercised against a realistic pool rather than a hand-picked one.
 */
final class InMemoryCatalogue implements ItemLookup {
    static final String DATASET = "goodbooks-sample";

    private final List<Item> items;
    private final Map<String, Item> byId;

    InMemoryCatalogue(List<Item> items) {
        this.items = List.copyOf(items);
        this.byId = items.stream().collect(Collectors.toMap(Item::id, Function.identity()));
    }

    /** The fifty goodbooks-10k rows in src/test/resources/goodbooks/books-sample.csv. */
    static InMemoryCatalogue goodbooksSample() {
        try (var in = InMemoryCatalogue.class.getResourceAsStream("/goodbooks/books-sample.csv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Item> items = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> f = csvFields(line);
                Integer year = f.get(2).isEmpty() ? null : Integer.valueOf(f.get(2));
                items.add(new Item(f.get(0), f.get(3), f.get(1), year, "", Long.parseLong(f.get(4))));
            }
            return new InMemoryCatalogue(items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Item item(String id) {
        Item item = byId.get(id);
        if (item == null) {
            throw new IllegalArgumentException("No item " + id + " in the sample");
        }
        return item;
    }

    @Override
    public List<Item> byTitle(String datasetId, String title) {
        return items.stream().filter(i -> DATASET.equals(datasetId) && i.title().equalsIgnoreCase(title)).toList();
    }

    @Override
    public List<TitleMatch> byTitleKeys(String datasetId, Collection<String> keys) {
        if (!DATASET.equals(datasetId)) {
            return List.of();
        }
        List<TitleMatch> found = new ArrayList<>();
        for (Item item : items) {
            TitleKeys.of(item.title(), List.of()).forEach((key, tier) -> {
                if (keys.contains(key)) {
                    found.add(new TitleMatch(item, key, tier));
                }
            });
        }
        return found;
    }

    @Override
    public List<Item> similar(String datasetId, String text, int limit) {
        if (!DATASET.equals(datasetId)) {
            return List.of();
        }
        Set<String> wanted = trigrams(text);
        return items.stream()
                .filter(i -> shared(wanted, i) > 0)
                .sorted(Comparator.comparingInt((Item i) -> shared(wanted, i)).reversed())
                .limit(limit)
                .toList();
    }

    private static int shared(Set<String> wanted, Item item) {
        Set<String> common = new HashSet<>(trigrams(item.title()));
        common.retainAll(wanted);
        return common.size();
    }

    private static Set<String> trigrams(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 3 <= s.length(); i++) {
            grams.add(s.substring(i, i + 3));
        }
        return grams;
    }

    private static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
