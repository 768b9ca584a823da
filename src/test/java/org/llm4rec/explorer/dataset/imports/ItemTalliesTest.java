package org.llm4rec.explorer.dataset.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ItemTalliesTest {

    private record Row(int user, long timestamp, long position) {
    }

    /** Newest first, as the store lists them: by time, then file order; unknown times are the oldest. */
    private static final Comparator<Row> NEWEST_FIRST = Comparator.comparingLong(Row::timestamp)
            .thenComparingLong(Row::position).reversed();

    @Test
    void keepsExactlyTheLatestInteractionsOfEachItemWhateverTheirOrderInTheFile() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            int itemCount = 30;
            ItemTallies tallies = new ItemTallies();
            List<List<Row>> all = new ArrayList<>();
            for (int item = 0; item < itemCount; item++) {
                tallies.itemAdded(item);
                all.add(new ArrayList<>());
            }
            long position = 0;
            for (int n = 0; n < 3000; n++) {
                // Skewed towards low keys, so some items get hundreds of rows, some one or two, some none.
                int item = (int) Math.min(itemCount - 1, Math.abs(random.nextGaussian()) * 6);
                long time = random.nextInt(10) == 0 ? Long.MIN_VALUE : random.nextInt(500);
                Row row = new Row(random.nextInt(100), time, position++);
                all.get(item).add(row);
                tallies.add(item, row.user(), random.nextBoolean() ? Double.NaN : 4.0, row.timestamp(), row.position());
            }
            for (int item = 0; item < itemCount; item++) {
                List<Row> kept = new ArrayList<>();
                tallies.forEachLatest(item, (user, time, pos) -> kept.add(new Row(user, time, pos)));
                List<Row> expected = all.get(item).stream().sorted(NEWEST_FIRST).limit(ItemTallies.LATEST).toList();
                assertThat(kept.stream().sorted(NEWEST_FIRST).toList()).as("seed %d, item %d", seed, item)
                        .isEqualTo(expected);
                assertThat(tallies.interactions(item)).isEqualTo(all.get(item).size());
            }
        }
    }

    @Test
    void aRemovedInteractionLeavesTheLatestCountsAndRatingsOfWhatIsLeft() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            int itemCount = 10;
            ItemTallies tallies = new ItemTallies();
            // Per item, per user: the one interaction kept, replaced by a later one as imports of Amazon do.
            List<Map<Integer, Row>> kept = new ArrayList<>();
            for (int item = 0; item < itemCount; item++) {
                tallies.itemAdded(item);
                kept.add(new HashMap<>());
            }
            for (long position = 0; position < 3000; position++) {
                int item = (int) Math.min(itemCount - 1, Math.abs(random.nextGaussian()) * 3);
                Row row = new Row(random.nextInt(60), random.nextInt(400), position);
                Row before = kept.get(item).get(row.user());
                if (before != null && before.timestamp() > row.timestamp()) {
                    continue;
                }
                if (before != null) {
                    tallies.remove(item, rating(before), before.position());
                }
                kept.get(item).put(row.user(), row);
                tallies.add(item, row.user(), rating(row), row.timestamp(), row.position());
            }
            for (int item = 0; item < itemCount; item++) {
                Collection<Row> rows = kept.get(item).values();
                List<Row> latest = new ArrayList<>();
                tallies.forEachLatest(item, (user, time, pos) -> latest.add(new Row(user, time, pos)));
                assertThat(latest.stream().sorted(NEWEST_FIRST).toList()).as("seed %d, item %d", seed, item)
                        .isEqualTo(rows.stream().sorted(NEWEST_FIRST).limit(ItemTallies.LATEST).toList());
                assertThat(tallies.interactions(item)).isEqualTo(rows.size());
                assertThat(tallies.rated(item)).isEqualTo(rows.stream().filter(r -> !Double.isNaN(rating(r))).count());
                assertThat(tallies.ratingSum(item)).isEqualTo(
                        rows.stream().mapToDouble(ItemTalliesTest::rating).filter(r -> !Double.isNaN(r)).sum());
            }
        }
    }

    /** Every third interaction has no rating; the others 1 to 5 stars. */
    private static double rating(Row row) {
        return row.position() % 3 == 0 ? Double.NaN : 1 + row.position() % 5;
    }

    @Test
    void countsRatingsApartFromInteractionsWithoutOne() {
        ItemTallies tallies = new ItemTallies();
        tallies.itemAdded(0);
        tallies.itemAdded(1);
        tallies.add(0, 0, 4.0, 10, 0);
        tallies.add(0, 1, Double.NaN, 11, 1);
        tallies.add(0, 2, 2.5, 12, 2);

        assertThat(tallies.items()).isEqualTo(2);
        assertThat(tallies.interactions(0)).isEqualTo(3);
        assertThat(tallies.rated(0)).isEqualTo(2);
        assertThat(tallies.ratingSum(0)).isEqualTo(6.5);
        assertThat(tallies.interactions(1)).isZero();
        List<Integer> none = new ArrayList<>();
        tallies.forEachLatest(1, (user, time, position) -> none.add(user));
        assertThat(none).isEmpty();
    }

    @Test
    void itemsAddedAfterTheArraysGrewKeepTheirLatestFromInteractionsInAnyOrder() {
        ItemTallies tallies = new ItemTallies();
        int itemCount = 3000;
        List<List<Row>> all = new ArrayList<>();
        for (int item = 0; item < itemCount; item++) {
            tallies.itemAdded(item);
            all.add(new ArrayList<>());
        }
        Random random = new Random(7);
        long position = 0;
        // Users one after the other, each user's times rising from a start of their own (as MovieLens files are
        // laid out), so that an item's later rows are sometimes newer and sometimes older than all it keeps.
        for (int user = 0; user < 400; user++) {
            long time = random.nextInt(1_000_000);
            for (int n = 0; n < 60; n++) {
                int item = random.nextInt(10) == 0 ? random.nextInt(itemCount) : itemCount - 1 - random.nextInt(40);
                time += random.nextInt(3);
                // Now and then no time at all: older than every time, and below what a new item lets in.
                Row row = new Row(user, random.nextInt(20) == 0 ? Long.MIN_VALUE : time, position++);
                all.get(item).add(row);
                tallies.add(item, user, 3.0, row.timestamp(), row.position());
            }
        }
        for (int item = 0; item < itemCount; item++) {
            List<Row> kept = new ArrayList<>();
            tallies.forEachLatest(item, (user, time, pos) -> kept.add(new Row(user, time, pos)));
            assertThat(kept.stream().sorted(NEWEST_FIRST).toList()).as("item %d", item)
                    .isEqualTo(all.get(item).stream().sorted(NEWEST_FIRST).limit(ItemTallies.LATEST).toList());
            assertThat(tallies.interactions(item)).isEqualTo(all.get(item).size());
            assertThat(tallies.ratingSum(item)).isEqualTo(3.0 * all.get(item).size());
        }
    }

    @Test
    void growsForKeysBeyondItsFirstCapacity() {
        ItemTallies tallies = new ItemTallies();
        for (int item = 0; item < 5000; item++) {
            tallies.itemAdded(item);
        }
        tallies.add(4999, 7, 5.0, 1, 0);

        assertThat(tallies.items()).isEqualTo(5000);
        List<Integer> users = new ArrayList<>();
        tallies.forEachLatest(4999, (user, time, position) -> users.add(user));
        assertThat(users).containsExactly(7);
    }
}
