package org.llm4rec.explorer.ui.data;

import org.llm4rec.explorer.app.SavedMappings;
import org.llm4rec.explorer.app.download.DatasetDownloader;

/** What the column-mapping and download windows need beyond the import itself. */
public record DatasetTools(SavedMappings mappings, DatasetDownloader downloader) {
}
