package org.llm4rec.explorer.dataset.imports;

import java.util.Arrays;

/**
 * Every user–item pair an import has stored, with what is needed to replace its interaction by a later one: its
 * time, rating, position and the file and line it came from. For files whose repeats of a pair can be anywhere
 * (Amazon 2018's come grouped by product, and 2023's product variants share a parent). Open addressing on
 * primitive arrays: about 60 bytes per pair where boxed maps took several times that.
 */
final class KeptPairs {
    private static final int LINE_BITS = 40;

    /** The pair's key + 1 per slot, 0 when the slot is free. */
    private long[] slots = new long[1 << 10];
    /** The record of the pair in each used slot. */
    private int[] slotRecords = new int[1 << 10];
    private long[] times = new long[1 << 9];
    private long[] positions = new long[1 << 9];
    private long[] places = new long[1 << 9];
    private double[] ratings = new double[1 << 9];
    private int size;

    /** The pair's record, or -1 when the pair has none. */
    int find(int user, int item) {
        long key = key(user, item);
        for (int slot = slot(key); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            if (slots[slot] == key) {
                return slotRecords[slot];
            }
        }
        return -1;
    }

    /** Records a pair that has no record yet. */
    void add(int user, int item, long time, double rating, long position, int file, long line) {
        if (size >= times.length) {
            int grown = times.length * 2;
            times = Arrays.copyOf(times, grown);
            positions = Arrays.copyOf(positions, grown);
            places = Arrays.copyOf(places, grown);
            ratings = Arrays.copyOf(ratings, grown);
        }
        if ((size + 1) * 4L > slots.length * 3L) {
            rehash();
        }
        int record = size++;
        place(key(user, item), record);
        set(record, time, rating, position, file, line);
    }

    /** Makes the record describe the pair's new interaction. */
    void set(int record, long time, double rating, long position, int file, long line) {
        times[record] = time;
        ratings[record] = rating;
        positions[record] = position;
        places[record] = (long) file << LINE_BITS | line;
    }

    long time(int record) {
        return times[record];
    }

    double rating(int record) {
        return ratings[record];
    }

    long position(int record) {
        return positions[record];
    }

    /** The index of the file the pair's interaction came from, as given to {@link #add}. */
    int file(int record) {
        return (int) (places[record] >>> LINE_BITS);
    }

    long line(int record) {
        return places[record] & ((1L << LINE_BITS) - 1);
    }

    private void rehash() {
        long[] oldSlots = slots;
        int[] oldRecords = slotRecords;
        slots = new long[oldSlots.length * 2];
        slotRecords = new int[oldSlots.length * 2];
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != 0) {
                place(oldSlots[i], oldRecords[i]);
            }
        }
    }

    private void place(long key, int record) {
        int slot = slot(key);
        while (slots[slot] != 0) {
            slot = (slot + 1) & (slots.length - 1);
        }
        slots[slot] = key;
        slotRecords[slot] = record;
    }

    private int slot(long key) {
        // Keys are dense user and item numbers: mixed, so that neighbouring pairs do not fill neighbouring slots.
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & (slots.length - 1);
    }

    private static long key(int user, int item) {
        return ((long) user << 32 | item) + 1;
    }
}
