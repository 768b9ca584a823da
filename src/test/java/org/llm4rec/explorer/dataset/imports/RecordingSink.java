package org.llm4rec.explorer.dataset.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llm4rec.explorer.domain.Item;

/** Keeps what an import wrote, in memory. */
final class RecordingSink implements DatasetSink {
    final List<Item> items = new ArrayList<>();
    final Map<String, String> details = new LinkedHashMap<>();
    final Map<String, String> users = new LinkedHashMap<>();
    final List<String> userIds = new ArrayList<>();
    /** "user item rating time" per interaction, by the datasets' own ids. */
    final List<String> interactions = new ArrayList<>();
    final List<String> reviews = new ArrayList<>();
    /** The position of each of {@link #interactions}, to withdraw one. */
    private final List<Long> positions = new ArrayList<>();
    ItemTallies tallies;

    @Override
    public void item(int key, Item item, String itemDetails) {
        if (key != items.size()) {
            throw new AssertionError("item keys must be dense");
        }
        items.add(item);
        if (itemDetails != null) {
            details.put(item.id(), itemDetails);
        }
    }

    @Override
    public void user(int key, String userId, String attributes) {
        userIds.add(userId);
        users.put(userId, attributes);
    }

    @Override
    public void interaction(int userKey, int itemKey, double rating, long timestamp, long position, String review) {
        interactions.add(userIds.get(userKey) + " " + items.get(itemKey).id() + " "
                + (Double.isNaN(rating) ? "-" : rating) + " " + (timestamp == Long.MIN_VALUE ? "-" : timestamp));
        positions.add(position);
        if (review != null) {
            reviews.add(review);
        }
    }

    @Override
    public void withdraw(int userKey, long position) {
        int at = positions.indexOf(position);
        positions.remove(at);
        interactions.remove(at);
    }

    @Override
    public void finish(ItemTallies itemTallies) {
        tallies = itemTallies;
    }

    long[] perItem() {
        long[] counts = new long[tallies.items()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = tallies.interactions(i);
        }
        return counts;
    }

    Item item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
