package org.llm4rec.explorer.store;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Reads what an exception from the store was caused by, wherever in its chain the SQLite error sits. */
final class Causes {
    private Causes() {
    }

    /** Whether SQLite said the disk (or the database's size limit) is full: SQLITE_FULL, with any extended code. */
    static boolean diskFull(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLiteException sqlite && sqlite.getResultCode() != null
                    && (sqlite.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_FULL.code) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed != t && diskFull(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }
}
