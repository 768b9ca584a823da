package org.llm4rec.explorer.dataset.imports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The dense keys an import gives to a dataset's item or user ids, in the order they were first seen. Most
 * datasets number their items and users; such ids are looked up in an array indexed by the number, the rest in
 * a hash map. In a 25M-row import the hash lookup of each row's item id took a third of the reading thread's time
 * (a few cache misses per lookup among 62k entries); the array takes one.
 */
final class IdKeys {
    /** Numbers up to this use the array (at most 16 MB of it); larger ones go to the map. */
    private static final int NUMBER_LIMIT = 1 << 22;
    private static final int ABSENT = -1;

    private final Map<String, Integer> byText = new HashMap<>();
    /** Key + 1 by number; 0 when absent. */
    private int[] byNumber = new int[1024];
    private int size;

    /** The id's key, or -1 when it has none yet. */
    int get(String id) {
        int number = number(id);
        if (number >= 0) {
            return get(number);
        }
        Integer key = byText.get(id);
        return key == null ? ABSENT : key;
    }

    /** The key of the id written as this number (see {@link #number}), or -1 when it has none yet. */
    int get(int number) {
        return number < byNumber.length ? byNumber[number] - 1 : ABSENT;
    }

    /** Gives the id the next key and returns it; the id must not have one yet. */
    int add(String id) {
        int key = size++;
        int number = number(id);
        if (number >= 0) {
            if (number >= byNumber.length) {
                byNumber = Arrays.copyOf(byNumber, Math.min(NUMBER_LIMIT, Math.max(number + 1, byNumber.length * 2)));
            }
            byNumber[number] = key + 1;
        } else {
            byText.put(id, key);
        }
        return key;
    }

    int size() {
        return size;
    }

    /**
     * The id's value when it is a number written the one usual way (digits, no sign, no leading zero) below the
     * limit; -1 otherwise, so that "007" and "7" stay different ids.
     */
    private static int number(String id) {
        return number(id, 0, id.length());
    }

    /** {@link #number(String)} of the text from {@code start} to {@code end}, without making a string of it. */
    static int number(String text, int start, int end) {
        int length = end - start;
        if (length == 0 || length > 7 || length > 1 && text.charAt(start) == '0') {
            return -1;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value < NUMBER_LIMIT ? value : -1;
    }
}
