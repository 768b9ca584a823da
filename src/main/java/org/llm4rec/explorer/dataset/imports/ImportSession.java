package org.llm4rec.explorer.dataset.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.llm4rec.explorer.domain.EchoedText;
import org.llm4rec.explorer.domain.Item;

/**
 * One import in progress: gives items and users their keys, checks each interaction against them, counts and
 * lists skipped rows, hashes the files as they stream by, reports progress and stops when cancelled.
 */
public final class ImportSession {
    public static final int MAX_PROBLEMS = 100;
    private static final long PROGRESS_EVERY_NANOS = 100_000_000L;
    private static final int CHECK_EVERY_ROWS = 4096;

    /** The first year no real interaction can be in: the one after next (clocks and time zones differ a little). */
    private static final int LATEST_YEAR = java.time.Year.now(java.time.ZoneOffset.UTC).getValue() + 2;
    private static final long LATEST_TIMESTAMP = java.time.LocalDate.of(LATEST_YEAR, 1, 1)
            .atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond() - 1;

    /** A reason's own words plus an echoed value of {@link EchoedText#SHOWN} characters. */
    private static final int REASON_CHARS = 2 * EchoedText.SHOWN;

    private final DatasetSink sink;
    private final ImportListener listener;
    private final BooleanSupplier cancelled;
    private final long totalBytes;
    private final long startNanos = System.nanoTime();
    private final IdKeys itemKeys = new IdKeys();
    private final IdKeys userKeys = new IdKeys();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<SourceFileRecord> files = new ArrayList<>();
    private final ItemTallies tallies = new ItemTallies();
    /**
     * By item key, the run of one user's consecutive interactions that last had the item: a duplicate within a
     * run is the item found with the current run's number. A set of the run's items, boxed and cleared at every
     * user, was a tenth of the reading thread's time.
     */
    private int[] itemRuns = new int[1024];
    private int run;
    private int currentUser = -1;
    private boolean itemsFromInteractions;
    /** Set when a pair repeated anywhere is one interaction; then the names of the files, by index. */
    private KeptPairs latestPairs;
    private final List<String> pairFiles = new ArrayList<>();
    /** Interactions sent to the sink, which is also the next one's position. */
    private long interactions;
    /** Interactions sent and then taken back, replaced by a later one of the same pair. */
    private long withdrawn;
    private long skipped;
    private double lowestRating = 0;
    private double highestRating = Double.MAX_VALUE;
    private long rows;
    private long bytesDone;
    private long lastProgress;
    private String currentFile = "";
    private CountingStream current;

    public ImportSession(DatasetSink sink, ImportListener listener, BooleanSupplier cancelled, long totalBytes) {
        this.sink = sink;
        this.listener = listener;
        this.cancelled = cancelled;
        this.totalBytes = totalBytes;
    }

    /** Opens a file for reading: counted for progress, hashed for the version, decompressed when .gz. */
    public InputStream open(SourceFile file) throws IOException {
        finishFile();
        ImportSteps.mark("reading " + file.name());
        currentFile = file.name();
        currentUser = -1;
        current = new CountingStream(file, digestingStream(file.opener().open()));
        lastProgress = 0;
        checkpoint();
        return file.openText(current);
    }

    /** Where the file being read is (for a message when reading it fails), if one is open. */
    public java.util.Optional<String> reading() {
        return java.util.Optional.ofNullable(current).map(stream -> stream.file.path());
    }

    private static DigestInputStream digestingStream(InputStream in) {
        try {
            return new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private void finishFile() {
        if (current != null) {
            bytesDone += current.count;
            String stored = current.file.gzipped() ? current.file.name() + ".gz" : current.file.name();
            files.add(new SourceFileRecord(stored, current.file.size(),
                    HexFormat.of().formatHex(current.digest.getMessageDigest().digest())));
            current = null;
        }
    }

    /** Adds an item; a second item with the same id is skipped as a duplicate. Returns whether it was added. */
    public boolean item(String file, long line, Item item, String details) {
        row();
        if (itemKeys.get(item.id()) >= 0) {
            return skip(file, line, "duplicate item id " + item.id());
        }
        addItem(item, details);
        return true;
    }

    private int addItem(Item item, String details) {
        int key = itemKeys.add(item.id());
        tallies.itemAdded(key);
        sink.item(key, item, details);
        return key;
    }

    /**
     * When on, an interaction with an item not seen before adds the item, named by its id: for datasets that have
     * no item file. When off (the default), such an interaction is skipped as naming an unknown item.
     */
    public void itemsFromInteractions(boolean on) {
        itemsFromInteractions = on;
    }



    /** Adds a user with attributes; a second user with the same id is skipped as a duplicate. */
    public boolean user(String file, long line, String userId, String attributes) {
        row();
        if (userKeys.get(userId) >= 0) {
            return skip(file, line, "duplicate user id " + userId);
        }
        addUser(userId, attributes);
        return true;
    }

    private int addUser(String userId, String attributes) {
        int key = userKeys.add(userId);
        sink.user(key, userId, attributes);
        return key;
    }

    /**
     * Makes a user–item pair that comes again anywhere in the files one interaction: the latest (by time, then by
     * file order) is kept and the others are skipped as duplicates, each with its own file and line. For files
     * not grouped by user, such as Amazon's. Costs memory for every pair (see {@link KeptPairs}).
     */
    public void keepLatestOfEachPair() {
        latestPairs = new KeptPairs();
    }

    /**
     * Adds an interaction. Its item must be known; its user is added when first seen. The same item twice for
     * the same user in a row of that user's interactions is skipped as a duplicate (MovieLens and RecBole
     * files group interactions by user; checking every pair of a 25M-row file would need gigabytes), unless
     * {@link #keepLatestOfEachPair} asked for every pair to be checked.
     *
     * @param rating    NaN when none
     * @param timestamp seconds since 1970, or {@link Long#MIN_VALUE}
     */
    public boolean interaction(String file, long line, String userId, String itemId, double rating,
                               long timestamp, String review) {
        row();
        String implausible = implausible(rating, timestamp);
        if (implausible != null) {
            return skip(file, line, implausible);
        }
        int item = itemKeys.get(itemId);
        if (item < 0 && itemsFromInteractions) {
            item = addItem(new Item(itemId, itemId, "", null, "", 0), null);
        }
        if (item < 0) {
            return skip(file, line, unknownItem(itemId));
        }
        int known = userKeys.get(userId);
        int user = known >= 0 ? known : addUser(userId, "{}");
        return keyed(file, line, user, item, userId, -1, itemId, -1, rating, timestamp, review);
    }

    /**
     * {@link #interaction(String, long, String, String, double, long, String)} of ids written as numbers the way
     * {@link IdKeys} keeps them (digits, no leading zero, below its limit), and no review: the same checks, keys,
     * skips and reasons, without a string for each id.
     */
    boolean interaction(String file, long line, int userNumber, int itemNumber, double rating, long timestamp) {
        row();
        String implausible = implausible(rating, timestamp);
        if (implausible != null) {
            return skip(file, line, implausible);
        }
        int item = itemKeys.get(itemNumber);
        if (item < 0 && itemsFromInteractions) {
            String itemId = Integer.toString(itemNumber);
            item = addItem(new Item(itemId, itemId, "", null, "", 0), null);
        }
        if (item < 0) {
            return skip(file, line, unknownItem(Integer.toString(itemNumber)));
        }
        int known = userKeys.get(userNumber);
        int user = known >= 0 ? known : addUser(Integer.toString(userNumber), "{}");
        return keyed(file, line, user, item, null, userNumber, null, itemNumber, rating, timestamp, null);
    }

    private static String unknownItem(String itemId) {
        return "unknown item id " + itemId + " (not in the item file)";
    }

    /** An interaction whose ids have keys; each id is its text, or null and its number (for messages only). */
    private boolean keyed(String file, long line, int user, int item, String userId, int userNumber, String itemId,
                          int itemNumber, double rating, long timestamp, String review) {
        if (latestPairs != null) {
            return keepLatest(file, line, id(userId, userNumber), id(itemId, itemNumber), user, item, rating,
                    timestamp, review);
        }
        if (user != currentUser) {
            currentUser = user;
            run++;
        }
        if (item >= itemRuns.length) {
            itemRuns = Arrays.copyOf(itemRuns, Math.max(item + 1, itemRuns.length * 2));
        }
        if (itemRuns[item] == run) {
            return skip(file, line, "duplicate row: user " + id(userId, userNumber) + " and item "
                    + id(itemId, itemNumber) + " again");
        }
        itemRuns[item] = run;
        store(user, item, rating, timestamp, review);
        return true;
    }

    private static String id(String text, int number) {
        return text != null ? text : Integer.toString(number);
    }

    private boolean keepLatest(String file, long line, String userId, String itemId, int user, int item,
                               double rating, long timestamp, String review) {
        int fileIndex = pairFiles.indexOf(file);
        if (fileIndex < 0) {
            fileIndex = pairFiles.size();
            pairFiles.add(file);
        }
        int kept = latestPairs.find(user, item);
        if (kept < 0) {
            latestPairs.add(user, item, timestamp, rating, interactions, fileIndex, line);
        } else {
            String keptFile = pairFiles.get(latestPairs.file(kept));
            long keptLine = latestPairs.line(kept);
            if (timestamp < latestPairs.time(kept)) {
                return skip(file, line, duplicate(userId, itemId, keptFile, keptLine));
            }
            skip(keptFile, keptLine, duplicate(userId, itemId, file, line));
            tallies.remove(item, latestPairs.rating(kept), latestPairs.position(kept));
            sink.withdraw(user, latestPairs.position(kept));
            withdrawn++;
            latestPairs.set(kept, timestamp, rating, interactions, fileIndex, line);
        }
        store(user, item, rating, timestamp, review);
        return true;
    }

    private static String duplicate(String userId, String itemId, String keptFile, long keptLine) {
        return "duplicate row: user " + userId + " and item " + itemId + " again (the later one, " + keptFile
                + " line " + keptLine + ", is kept)";
    }

    private void store(int user, int item, double rating, long timestamp, String review) {
        tallies.add(item, user, rating, timestamp, interactions);
        sink.interaction(user, item, rating, timestamp, interactions++, review);
    }

    /**
     * Ratings on a known scale (MovieLens' 0.5–5 stars, goodbooks' and Amazon's 1–5): a rating outside it is a
     * bad row. Without a scale, only negative ratings are.
     */
    public void ratingScale(double lowest, double highest) {
        this.lowestRating = lowest;
        this.highestRating = highest;
    }

    /**
     * Why a rating or time cannot be right, or null. Stored as they are, a timestamp of 1e20 seconds breaks every
     * later use of the dataset ("Instant exceeds minimum or maximum instant"), and a rating off the scale skews
     * every figure made from ratings.
     */
    private String implausible(double rating, long timestamp) {
        if (!Double.isNaN(rating) && (rating < lowestRating || rating > highestRating)) {
            return "the rating " + rating + " is outside " + (highestRating == Double.MAX_VALUE
                    ? "the ratings this app accepts (0 or more)" : "this dataset's scale ("
                    + lowestRating + " to " + highestRating + ")");
        }
        if (timestamp != Long.MIN_VALUE && (timestamp < 0 || timestamp > LATEST_TIMESTAMP)) {
            return "the timestamp " + (timestamp == Long.MAX_VALUE ? "is beyond any date"
                    : timestamp + " is " + (timestamp < 0 ? "before 1970" : "after " + (LATEST_YEAR - 1)))
                    + " (timestamps are seconds since 1970 up to the end of next year)";
        }
        return null;
    }

    /** Counts a row read that carries no record of its own (a header, a tag). */
    public void row() {
        if ((++rows & (CHECK_EVERY_ROWS - 1)) == 0) {
            checkpoint();
        }
    }

    /**
     * Whether the record just read has the expected number of fields and decoded cleanly; when not, it is
     * skipped with the reason.
     */
    public boolean wellFormed(String file, RecordReader reader, List<String> row, int fields) {
        String problem = reader.problem() != null ? reader.problem()
                : row.size() != fields ? "expected " + fields + " fields, found " + row.size() : null;
        return problem == null || skip(file, reader.recordLine(), problem);
    }

    /** Records a skipped row; returns false so that callers can return it. */
    public boolean skip(String file, long line, String reason) {
        skipped++;
        if (problems.size() < MAX_PROBLEMS) {
            // A reason quotes the row's values, which may be megabytes long or hold terminal escape sequences.
            problems.add(new ImportProblem(EchoedText.safe(file), line, EchoedText.safe(reason, REASON_CHARS)));
        }
        return false;
    }

    /** Throws when cancelled, and reports progress when enough time has passed. */
    public void checkpoint() {
        if (cancelled.getAsBoolean()) {
            throw new ImportCancelledException();
        }
        long now = System.nanoTime();
        if (now - lastProgress >= PROGRESS_EVERY_NANOS) {
            emitProgress();
        }
    }

    private void emitProgress() {
        long now = System.nanoTime();
        lastProgress = now;
        long read = bytesDone + (current == null ? 0 : current.count);
        double seconds = Math.max((now - startNanos) / 1e9, 1e-3);
        listener.progress(new ImportProgress(currentFile, read, totalBytes, rows, rows / seconds));
    }

    /** Ends the import: tells the sink what it learnt about each item and returns the report. */
    public ImportReport finish(String format, String itemKind) {
        finishFile();
        ImportSteps.mark("all rows read");
        checkpoint();
        emitProgress();
        listener.saving(rows);
        sink.finish(tallies);
        return new ImportReport(format, itemKind, version(files), List.copyOf(files), userKeys.size(),
                itemKeys.size(), interactions - withdrawn, skipped, List.copyOf(problems),
                Duration.ofNanos(System.nanoTime() - startNanos));
    }

    static String version(List<SourceFileRecord> files) {
        try {
            MessageDigest all = MessageDigest.getInstance("SHA-256");
            files.stream().sorted((a, b) -> a.name().compareTo(b.name())).forEach(f -> all.update(
                    (f.name() + "\t" + f.size() + "\t" + f.sha256() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(all.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Counts the stored bytes read, so that progress moves with the file even when it is compressed. */
    private static final class CountingStream extends FilterInputStream {
        private final SourceFile file;
        private final DigestInputStream digest;
        private long count;

        CountingStream(SourceFile file, DigestInputStream in) {
            super(in);
            this.file = file;
            this.digest = in;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
