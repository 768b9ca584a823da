package org.llm4rec.explorer.store;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.llm4rec.explorer.TempFolder;

/** A real SQLite store in a fresh folder for each test: opened before it, closed and deleted after it. */
public final class TempDatabase implements BeforeEachCallback, AfterEachCallback {
    private Path folder;
    private Database db;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = TempFolder.create("explorer-store");
        db = Database.open(folder.resolve("store.db"));
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        db.close();
        TempFolder.delete(folder);
    }

    public Database get() {
        return db;
    }

    /** Closes the store and opens the same file again, as the app's next start does; gives the reopened one. */
    public Database reopen() {
        db.close();
        db = Database.open(folder.resolve("store.db"));
        return db;
    }
}
