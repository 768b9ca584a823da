package org.llm4rec.explorer.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.llm4rec.explorer.app.port.SettingsRepository;
import org.llm4rec.explorer.dataset.imports.MappingSpec;
import org.llm4rec.explorer.dataset.imports.Role;

/**
 * Column mappings kept in the settings, keyed by the file's header, so that a file with the same columns is
 * mapped the same way next time.
 */
public final class SavedMappings {
    private static final String PREFIX = "column-mapping.";

    private final SettingsRepository settings;

    public SavedMappings(SettingsRepository settings) {
        this.settings = settings;
    }

    public void save(List<String> header, Map<Role, String> roles, String categorySeparator) {
        settings.save(Map.of(key(header), MappingSpec.rolesJson(roles, categorySeparator)));
    }

    /** The mapping saved for exactly these column names, if any. */
    public Optional<MappingSpec.Saved> find(List<String> header) {
        String key = key(header);
        return Optional.ofNullable(settings.load(key).get(key)).map(MappingSpec::readSaved);
    }

    private static String key(List<String> header) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u0000", header).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
