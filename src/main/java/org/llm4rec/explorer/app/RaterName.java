package org.llm4rec.explorer.app;

import java.util.Map;
import org.llm4rec.explorer.app.port.SettingsRepository;

/** The name ratings and votes are signed with, kept among the settings so it is remembered. */
public final class RaterName {
    static final String SETTING = "judge.rater";

    private final SettingsRepository settings;

    public RaterName(SettingsRepository settings) {
        this.settings = settings;
    }

    /** The stored name, or empty when none was set. */
    public String get() {
        return settings.load(SETTING).getOrDefault(SETTING, "");
    }

    public void set(String name) {
        settings.save(Map.of(SETTING, name == null ? "" : name.strip()));
    }
}
