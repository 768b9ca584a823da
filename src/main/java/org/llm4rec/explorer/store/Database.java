package org.llm4rec.explorer.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.function.Consumer;
import org.llm4rec.explorer.dataset.imports.ImportSteps;
import org.sqlite.SQLiteConfig;

/**
 * The application's SQLite file.
 *
 * <p>One connection, used by one thread at a time. SQLite allows a single writer per file anyway; sharing one
 * connection means our own threads queue on a Java lock instead of failing with SQLITE_BUSY against each other,
 * and every read sees every write made before it. Reads are short (milliseconds), so queueing them too costs
 * little. WAL mode still lets other processes (a second window, the sqlite3 shell) read while we write, and the
 * busy timeout makes us wait for them rather than fail.
 */
public final class Database implements AutoCloseable {
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final Consumer<SQLiteConfig> tuning;
    private final Connection connection;
    /** Private, so that no caller can hold up the store by locking the Database object itself. */
    private final Object lock = new Object();
    private boolean closed;

    private Database(Path file, Consumer<SQLiteConfig> tuning) {
        this.file = file;
        this.tuning = tuning;
        this.connection = connect();
    }

    /** Opens the file, creating it and its folders if needed, and brings its schema up to date. */
    public static Database open(Path file) {
        return open(file, Migrations.bundled());
    }

    static Database open(Path file, Migrations migrations) {
        return open(file, migrations, config -> { });
    }

    /** @param tuning changes the settings of every connection, as tests do to set a size limit */
    static Database open(Path file, Migrations migrations, Consumer<SQLiteConfig> tuning) {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for the database file " + absolute, e);
        }
        if (absolute.getParent() != null) {
            SqliteNativeLibrary.useKeptCopy(absolute.getParent().resolve("native"));
        }
        Database db = new Database(absolute, tuning);
        ImportSteps.mark("store connected");
        try {
            db.migrate(migrations);
            ImportSteps.mark("schema up to date");
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private Connection connect() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL is durable across application crashes in WAL mode; FULL only adds safety against power loss.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // 64 MB (SQLite's default is 2 MB), filled only as pages are read: a catalogue search over 62k items
        // otherwise reads its table pages back from the operating system on every keystroke.
        config.setCacheSize(-65536);
        // Take the write lock when a transaction begins, so that two processes cannot both read and then
        // deadlock trying to upgrade to writing.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        tuning.accept(config);
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database file " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** The highest migration applied to the file. */
    public int schemaVersion() {
        return read(Database::currentVersion);
    }

    /** Runs queries that change nothing. */
    <T> T read(SqlWork<T> work) {
        synchronized (lock) {
            ensureOpen();
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new StoreException("Reading " + file.getFileName() + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** Runs the work in one transaction: all of it is stored, or none of it. */
    <T> T write(SqlWork<T> work) {
        synchronized (lock) {
            ensureOpen();
            try {
                connection.setAutoCommit(false);
                try {
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollback(connection, e);
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException | RuntimeException e) {
                throw writeFailure(e);
            }
        }
    }

    /**
     * Runs long write work in one transaction on a connection of its own, so that reads on the shared connection
     * go on meanwhile and see the store as it was until the work commits (WAL). Other writes wait for it, up to
     * the busy timeout.
     */
    <T> T writeAlone(SqlWork<T> work) {
        ensureOpen();
        try (Connection own = connect()) {
            try (Statement s = own.createStatement()) {
                // Room for index builds and the FTS buffer: native memory, outside the Java heap. Temporary files
                // stay on disk (in the operating system's cache): the sort behind CREATE INDEX over 1M interactions
                // took 2.1 s with temp_store = MEMORY and 1.5 s with them.
                s.execute("PRAGMA cache_size = -262144");
            }
            own.setAutoCommit(false);
            try {
                T result = work.run(own);
                own.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(own, e);
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            throw writeFailure(e);
        }
    }

    /**
     * Copies the write-ahead log into the file and empties it. SQLite does this by itself only when the log
     * passes 1000 pages and nobody reads; after a bulk import the log is as big as the data it holds, which on a
     * nearly full disk is the space it lacks.
     */
    void checkpoint() {
        read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return null;
        });
    }

    /**
     * Undoes the transaction. SQLite has undone it already after some errors (a full disk among them), and then
     * says "cannot rollback - no transaction is active": that must not hide the error that caused it.
     */
    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** What a failed write tells people: the disk being full is named as such, with the space there is. */
    private RuntimeException writeFailure(Exception e) {
        if (Causes.diskFull(e)) {
            return new StoreException(diskFullMessage(), e);
        }
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        return new StoreException("Writing " + file.getFileName() + " failed: " + e.getMessage(), e);
    }

    private String diskFullMessage() {
        Path folder = file.getParent();
        Path wal = Path.of(file + "-wal");
        try {
            long free = Files.getFileStore(folder).getUsableSpace();
            long written = Files.exists(wal) ? Files.size(wal) : 0;
            return "The disk holding " + folder + " is full: " + megabytes(free) + " free, and the change had "
                    + "written " + megabytes(written) + " when it ran out, so it needs at least that much more. "
                    + "Nothing was changed; free some space, or move the data folder to another disk, and try again.";
        } catch (IOException unknown) {
            return "The disk holding " + folder + " is full. Nothing was changed; free some space, or move the data "
                    + "folder to another disk, and try again.";
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    private void migrate(Migrations migrations) {
        write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version ("
                        + "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
            int current = currentVersion(c);
            if (current > migrations.latest()) {
                throw new StoreException("The database file " + file + " has schema version " + current
                        + ", but this version of LLM4Rec Explorer knows schema versions up to "
                        + migrations.latest() + ". It was written by a newer version of the app: "
                        + "open it with that version, or choose another file.");
            }
            for (Migration m : migrations.after(current)) {
                apply(c, m);
            }
            return null;
        });
    }

    private static void apply(Connection c, Migration m) throws SQLException {
        try (Statement s = c.createStatement()) {
            // sqlite-jdbc runs every statement of a multi-statement text passed to executeUpdate.
            s.executeUpdate(m.sql());
        } catch (SQLException e) {
            throw new SQLException("Migration " + m.name() + " failed: " + e.getMessage(), e);
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
            p.setInt(1, m.version());
            p.setString(2, m.name());
            p.setString(3, Timestamps.format(Instant.now()));
            p.executeUpdate();
        }
    }

    private static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("The database " + file + " is closed.");
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                connection.close();
            } catch (SQLException e) {
                throw new StoreException("Closing " + file + " failed: " + e.getMessage(), e);
            }
        }
    }
}
