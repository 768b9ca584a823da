package org.llm4rec.explorer.dataset.imports;

/** The user cancelled the import; nothing of it is kept. */
public final class ImportCancelledException extends ImportException {
    public ImportCancelledException() {
        super("The import was cancelled; the store is as it was before.");
    }
}
