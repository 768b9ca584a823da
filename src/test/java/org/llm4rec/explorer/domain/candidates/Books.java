package org.llm4rec.explorer.domain.candidates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;

/**
 * A small catalogue of 40 books (id "b1" … "b40", popularity falling with the number) and a few users' histories,
 * in memory, for generator tests.
 */
final class Books implements CatalogueItems, Interactions {
    static final String DATASET = "books";
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final List<UserHistory> users = new ArrayList<>();

    Books() {
        for (int i = 1; i <= 40; i++) {
            items.put("b" + i, new Item("b" + i, "Book " + i, "Author " + i, 2000 + i, "", 1000 - i));
        }
    }

    Item book(int n) {
        return items.get("b" + n);
    }

    Books user(String id, int... books) {
        List<String> ids = new ArrayList<>();
        for (int b : books) {
            ids.add("b" + b);
        }
        users.add(new UserHistory(id, ids));
        return this;
    }

    /** A profile that saw the given books in order and holds out the target. */
    Profile profile(int target, int... seen) {
        List<ProfileEntry> entries = new ArrayList<>();
        for (int b : seen) {
            entries.add(new ProfileEntry(book(b), 4.0, false));
        }
        entries.add(new ProfileEntry(book(target), 5.0, true));
        return new Profile("p", "Reader", DATASET, "", entries, "");
    }

    @Override
    public List<Item> mostPopular(String datasetId, int limit) {
        return items.values().stream().sorted((a, b) -> Long.compare(b.popularity(), a.popularity()))
                .limit(limit).toList();
    }

    @Override
    public List<String> itemIds(String datasetId) {
        return List.copyOf(items.keySet());
    }

    @Override
    public List<Item> items(String datasetId, List<String> itemIds) {
        return itemIds.stream().filter(items::containsKey).map(items::get).toList();
    }

    @Override
    public List<UserHistory> histories(String datasetId) {
        return List.copyOf(users);
    }
}
