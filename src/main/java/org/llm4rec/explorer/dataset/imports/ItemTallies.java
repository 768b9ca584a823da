package org.llm4rec.explorer.dataset.imports;

import java.util.Arrays;

/**
 * What an import learns about each item while the interactions stream by: how many it has, the sum of its
 * ratings, and its {@value #LATEST} latest interactions. Kept so that the store needs no index of 25M
 * interactions by item (its sort took longer than the rest of such an import) to say who interacted with an item.
 */
public final class ItemTallies {
    /** How many of an item's latest interactions are kept. */
    public static final int LATEST = 20;
    /** Below every position (positions count from 0): with {@link Long#MIN_VALUE} as time, lets everything in. */
    private static final long NO_FLOOR = -1;

    private long[] interactions = new long[1024];
    private long[] rated = new long[1024];
    private double[] ratingSums = new double[1024];
    // An item's first interaction is kept in these flat arrays and the rest in a Latest made at its second one:
    // most items of a large review dataset have one or two interactions, and an object per item would cost more
    // than all the rest.
    private int[] firstUsers = new int[1024];
    private long[] firstTimestamps = new long[1024];
    private long[] firstPositions = new long[1024];
    private Latest[] latest = new Latest[1024];
    /**
     * Per item whose {@link #LATEST} places are all taken, the oldest kept (time, then position): an interaction
     * no newer is passed over here, in flat arrays, without reaching the item's {@link Latest}. Most interactions
     * of an item with hundreds are passed over, and reaching its Latest for each was three cache misses and a
     * quarter of the reading thread's time.
     */
    private long[] floorTimestamps = newFloors(1024, Long.MIN_VALUE);
    private long[] floorPositions = newFloors(1024, NO_FLOOR);
    private int items;

    /** Makes room for the item with this key (keys are dense, from 0). */
    void itemAdded(int key) {
        if (key >= interactions.length) {
            int size = Math.max(key + 1, interactions.length * 2);
            interactions = Arrays.copyOf(interactions, size);
            rated = Arrays.copyOf(rated, size);
            ratingSums = Arrays.copyOf(ratingSums, size);
            firstUsers = Arrays.copyOf(firstUsers, size);
            firstTimestamps = Arrays.copyOf(firstTimestamps, size);
            firstPositions = Arrays.copyOf(firstPositions, size);
            latest = Arrays.copyOf(latest, size);
            floorTimestamps = grownFloors(floorTimestamps, size, Long.MIN_VALUE);
            floorPositions = grownFloors(floorPositions, size, NO_FLOOR);
        }
        items = Math.max(items, key + 1);
    }

    /**
     * @param rating    NaN when none
     * @param timestamp {@link Long#MIN_VALUE} when unknown: older than every time, as in the store's order
     */
    void add(int item, int user, double rating, long timestamp, long position) {
        long count = ++interactions[item];
        if (!Double.isNaN(rating)) {
            rated[item]++;
            ratingSums[item] += rating;
        }
        if (timestamp < floorTimestamps[item]
                || timestamp == floorTimestamps[item] && position <= floorPositions[item]) {
            return;
        }
        if (count == 1 && latest[item] == null) {
            firstUsers[item] = user;
            firstTimestamps[item] = timestamp;
            firstPositions[item] = position;
            return;
        }
        Latest kept = latest[item];
        if (kept == null) {
            kept = new Latest();
            kept.offer(firstUsers[item], firstTimestamps[item], firstPositions[item]);
            latest[item] = kept;
        }
        kept.offer(user, timestamp, position);
        if (kept.size == LATEST) {
            floorTimestamps[item] = kept.timestamps[0];
            floorPositions[item] = kept.positions[0];
        }
    }

    private static long[] newFloors(int size, long none) {
        long[] floors = new long[size];
        Arrays.fill(floors, none);
        return floors;
    }

    private static long[] grownFloors(long[] floors, int size, long none) {
        long[] grown = Arrays.copyOf(floors, size);
        Arrays.fill(grown, floors.length, size, none);
        return grown;
    }

    /** Takes back an interaction added before: a duplicate that a later one of the same pair replaces. */
    void remove(int item, double rating, long position) {
        interactions[item]--;
        if (!Double.isNaN(rating)) {
            rated[item]--;
            ratingSums[item] -= rating;
        }
        if (latest[item] != null) {
            latest[item].remove(position);
            floorTimestamps[item] = Long.MIN_VALUE;
            floorPositions[item] = NO_FLOOR;
        }
    }

    public int items() {
        return items;
    }

    public long interactions(int item) {
        return interactions[item];
    }

    public long rated(int item) {
        return rated[item];
    }

    public double ratingSum(int item) {
        return ratingSums[item];
    }

    /** Receives the kept interactions of an item, in no particular order. */
    @FunctionalInterface
    public interface LatestConsumer {
        void accept(int user, long timestamp, long position);
    }

    public void forEachLatest(int item, LatestConsumer consumer) {
        Latest kept = latest[item];
        if (kept == null && interactions[item] == 1) {
            consumer.accept(firstUsers[item], firstTimestamps[item], firstPositions[item]);
        } else if (kept != null) {
            for (int i = 0; i < kept.size; i++) {
                consumer.accept(kept.users[i], kept.timestamps[i], kept.positions[i]);
            }
        }
    }

    /**
     * The latest interactions of one item, by time and then file order: a heap with the oldest kept at the root,
     * so that an offer costs one compare when it is older than everything kept, and a few more when it replaces it.
     */
    private static final class Latest {
        int[] users = new int[2];
        long[] timestamps = new long[2];
        long[] positions = new long[2];
        int size;

        void offer(int user, long timestamp, long position) {
            if (size < LATEST) {
                if (size == users.length) {
                    int grown = Math.min(LATEST, size * 2);
                    users = Arrays.copyOf(users, grown);
                    timestamps = Arrays.copyOf(timestamps, grown);
                    positions = Arrays.copyOf(positions, grown);
                }
                int at = size++;
                put(at, user, timestamp, position);
                siftUp(at);
                return;
            }
            if (timestamp < timestamps[0] || timestamp == timestamps[0] && position <= positions[0]) {
                return;
            }
            put(0, user, timestamp, position);
            siftDown(0);
        }

        /** Drops the interaction at this position when it is kept. */
        void remove(long position) {
            for (int at = 0; at < size; at++) {
                if (positions[at] == position) {
                    size--;
                    if (at < size) {
                        put(at, users[size], timestamps[size], positions[size]);
                        siftUp(at);
                        siftDown(at);
                    }
                    return;
                }
            }
        }

        private void siftUp(int from) {
            int at = from;
            while (at > 0 && older(at, (at - 1) / 2)) {
                swap(at, (at - 1) / 2);
                at = (at - 1) / 2;
            }
        }

        private void siftDown(int from) {
            int at = from;
            while (true) {
                int oldest = at;
                for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                    if (older(child, oldest)) {
                        oldest = child;
                    }
                }
                if (oldest == at) {
                    return;
                }
                swap(at, oldest);
                at = oldest;
            }
        }

        private boolean older(int a, int b) {
            return timestamps[a] != timestamps[b] ? timestamps[a] < timestamps[b] : positions[a] < positions[b];
        }

        private void put(int at, int user, long timestamp, long position) {
            users[at] = user;
            timestamps[at] = timestamp;
            positions[at] = position;
        }

        private void swap(int a, int b) {
            int user = users[a];
            long timestamp = timestamps[a];
            long position = positions[a];
            put(a, users[b], timestamps[b], positions[b]);
            put(b, user, timestamp, position);
        }
    }
}
