package org.llm4rec.explorer.dataset.imports;

import java.io.IOException;
import java.util.List;

/** One dataset layout: recognises its files and streams them into an import. */
public interface DatasetFormat {

    /** The name people know it by ("MovieLens 100K"). */
    String name();

    /** What an item is, singular. */
    String itemKind();

    /** Whether the files present are this format's. */
    boolean detects(DatasetSource source);

    /** The files it will read, for progress; a missing required one is an {@link ImportException}. */
    List<SourceFile> files(DatasetSource source);

    void read(DatasetSource source, ImportSession session) throws IOException;
}
