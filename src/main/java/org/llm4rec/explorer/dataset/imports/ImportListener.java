package org.llm4rec.explorer.dataset.imports;

/** Hears how an import advances; called from the importing thread, at most a few times a second. */
@FunctionalInterface
public interface ImportListener {
    ImportListener NONE = progress -> { };

    void progress(ImportProgress progress);

    /**
     * Every row is read and checked; what remains is storing them, which can no longer be cancelled (the rows
     * are then committed as one transaction).
     */
    default void saving(long rows) {
    }
}
