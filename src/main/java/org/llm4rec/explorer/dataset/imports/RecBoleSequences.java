package org.llm4rec.explorer.dataset.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * RecBole's sequential benchmark files ({@code X.train.inter}, {@code X.valid.inter}, {@code X.test.inter}): each
 * row is a user's history ({@code item_id_list:token_seq}, oldest first) and the item that came next
 * ({@code item_id:token}), optionally with {@code timestamp_list}/{@code timestamp} and {@code rating_list}/
 * {@code rating} beside them. The same interactions appear in many rows (train has one row per prefix, valid's
 * history is train's longest plus its target, test's is valid's plus its target), so each user's rows are merged
 * into the one sequence they are windows of, and that sequence is stored once, in order: without times, the
 * order of the rows in the store is the sequence's order.
 */
final class RecBoleSequences {
    private final Map<String, Sequence> byUser = new LinkedHashMap<>();

    /**
     * A run of a user's items with their times and ratings as written (null when the files have none), and the
     * row it comes from (where its problems are reported).
     */
    private record Window(String[] items, String[] times, String[] ratings, String file, long line) {
    }

    /** The user's sequence so far, and the rows that did not fit it yet (a later row may join them up). */
    private static final class Sequence {
        Window whole;
        List<Window> pending = List.of();
    }

    /** Whether the header is a sequential file's: it has an {@code item_id_list} field. */
    static boolean isSequential(Header header) {
        return header.find("item_id_list") >= 0;
    }

    /** Reads a sequential file's rows into the users' sequences, which {@link #store} stores. */
    void read(ImportSession session, String file, RecordReader reader, Header header) throws IOException {
        int user = header.require("user_id");
        int history = header.require("item_id_list");
        int target = header.require("item_id");
        Column times = new Column(header.find("timestamp_list"), header.find("timestamp"), "timestamp");
        Column ratings = new Column(header.find("rating_list"), header.find("rating"), "rating");
        for (List<String> row = reader.next(); row != null; row = reader.next()) {
            session.row();
            if (!session.wellFormed(file, reader, row, header.size())) {
                continue;
            }
            long line = reader.recordLine();
            String userId = row.get(user).strip();
            String[] items = sequence(row.get(history), row.get(target));
            String problem = userId.isEmpty() ? "the user id is empty"
                    : items[items.length - 1].isEmpty() ? "the item id is empty"
                    : times.problem(row, items.length, Values::timestamp);
            if (problem.isEmpty()) {
                problem = ratings.problem(row, items.length, Values::rating);
            }
            if (!problem.isEmpty()) {
                session.skip(file, line, problem);
                continue;
            }
            add(userId, new Window(items, times.texts(row), ratings.texts(row), file, line));
        }
    }

    private static String[] sequence(String history, String target) {
        String[] before = history.isBlank() ? new String[0] : history.strip().split("\\s+");
        String[] items = Arrays.copyOf(before, before.length + 1);
        items[before.length] = target.strip();
        return items;
    }

    private void add(String user, Window window) {
        Sequence sequence = byUser.get(user);
        if (sequence == null) {
            Sequence first = new Sequence();
            first.whole = window;
            byUser.put(user, first);
            return;
        }
        if (!merge(sequence, window)) {
            if (sequence.pending.isEmpty()) {
                sequence.pending = new ArrayList<>();
            }
            sequence.pending.add(window);
            return;
        }
        // A window that overlapped nothing may now: a history cut to its last items meets the rows before it only
        // through a row read later.
        boolean merged = true;
        while (merged && !sequence.pending.isEmpty()) {
            merged = sequence.pending.removeIf(w -> merge(sequence, w));
        }
    }

    /**
     * Adds a window to the sequence: a window inside the sequence adds nothing, one that starts inside it and runs
     * on extends it, one that ends inside it and starts earlier extends it at the front. Returns false, changing
     * nothing, when the window fits none of these.
     */
    private static boolean merge(Sequence sequence, Window window) {
        Window whole = sequence.whole;
        if (contains(whole.items(), window.items())) {
            return true;
        }
        int tail = overlap(whole.items(), window.items());
        int head = overlap(window.items(), whole.items());
        if (tail > 0 && tail >= head) {
            sequence.whole = new Window(join(whole.items(), window.items(), tail),
                    join(whole.times(), window.times(), tail), join(whole.ratings(), window.ratings(), tail),
                    window.file(), window.line());
        } else if (head > 0) {
            sequence.whole = new Window(join(window.items(), whole.items(), head),
                    join(window.times(), whole.times(), head), join(window.ratings(), whole.ratings(), head),
                    whole.file(), whole.line());
        }
        return tail > 0 || head > 0;
    }

    private static boolean contains(String[] sequence, String[] window) {
        for (int start = 0; start + window.length <= sequence.length; start++) {
            if (Arrays.equals(sequence, start, start + window.length, window, 0, window.length)) {
                return true;
            }
        }
        return false;
    }

    /** The length of the longest end of the first that is a start of the second (0 when none). */
    private static int overlap(String[] first, String[] second) {
        for (int length = Math.min(first.length, second.length); length > 0; length--) {
            if (Arrays.equals(first, first.length - length, first.length, second, 0, length)) {
                return length;
            }
        }
        return 0;
    }

    /** The first followed by the second without its first {@code overlap} values; null when either is null. */
    private static String[] join(String[] first, String[] second, int overlap) {
        if (first == null || second == null) {
            return null;
        }
        String[] joined = Arrays.copyOf(first, first.length + second.length - overlap);
        System.arraycopy(second, overlap, joined, first.length, second.length - overlap);
        return joined;
    }

    /**
     * Stores each user's sequence, oldest first, user after user in the order they were first read; a row that
     * never joined its user's sequence is skipped, naming the row it contradicts.
     */
    void store(ImportSession session) {
        for (Map.Entry<String, Sequence> entry : byUser.entrySet()) {
            String user = entry.getKey();
            Window s = entry.getValue().whole;
            for (Window stray : entry.getValue().pending) {
                session.skip(stray.file(), stray.line(), "user " + user + "'s items here are neither a part nor a"
                        + " continuation of the sequence on " + s.file() + " line " + s.line());
            }
            for (int i = 0; i < s.items().length; i++) {
                session.interaction(s.file(), s.line(), user, s.items()[i],
                        s.ratings() == null ? Double.NaN : Values.rating(s.ratings()[i]),
                        s.times() == null ? Long.MIN_VALUE : Values.timestamp(s.times()[i]), null);
            }
        }
        byUser.clear();
    }

    /** A value given per history item ({@code X_list}) and for the target ({@code X}); absent unless both are. */
    private record Column(int list, int target, String name) {

        /** The values as written, oldest first, or null when the file has none. */
        String[] texts(List<String> row) {
            return list >= 0 && target >= 0 ? sequence(row.get(list), row.get(target)) : null;
        }

        /** What is wrong with the row's values ("" when nothing): a count unlike the items', a value not a number. */
        String problem(List<String> row, int items, Function<String, ?> parser) {
            String[] texts = texts(row);
            if (texts == null) {
                return "";
            }
            if (texts.length != items) {
                return "the " + name + "s are " + texts.length + " and the items " + items + "; each item needs one";
            }
            for (String text : texts) {
                try {
                    parser.apply(text);
                } catch (NumberFormatException e) {
                    return "the " + name + " is not a number: '" + text + "'";
                }
            }
            return "";
        }
    }
}
