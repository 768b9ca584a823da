package org.llm4rec.explorer.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link UiPreferences} in a small JSON file beside the store, so that window state never needs a schema
 * migration. A damaged file is set aside, not overwritten, and the defaults apply.
 */
public final class UiPreferencesStore {
    private static final Logger LOG = LoggerFactory.getLogger(UiPreferencesStore.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;

    public UiPreferencesStore(Path file) {
        this.file = file;
    }

    public UiPreferences load() {
        if (!Files.exists(file)) {
            return UiPreferences.defaults();
        }
        try {
            return JSON.readValue(file.toFile(), UiPreferences.class);
        } catch (IOException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".damaged");
            LOG.warn("Window preferences in {} could not be read ({}); kept as {} and starting from defaults",
                    file, e.getMessage(), aside);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("Could not set {} aside", file, moveFailed);
            }
            return UiPreferences.defaults();
        }
    }

    /** Writes to a temporary file first, so that a crash mid-write never leaves half a file. */
    public void save(UiPreferences preferences) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), preferences);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save window preferences to {}", file, e);
        }
    }
}
