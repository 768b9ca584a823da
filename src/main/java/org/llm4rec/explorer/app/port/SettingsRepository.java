package org.llm4rec.explorer.app.port;

import java.util.Map;

/** The app's settings, kept as named text values. */
public interface SettingsRepository {

    /** Every stored setting whose name starts with the prefix. */
    Map<String, String> load(String prefix);

    /** Stores the values in one go, replacing those with the same names. */
    void save(Map<String, String> values);
}
