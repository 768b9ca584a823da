package org.llm4rec.explorer.boot;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its data and which model server it talks to.
 *
 * @param dataDir   the folder holding the SQLite store
 * @param ollamaUrl the Ollama base URL
 */
public record AppConfig(Path dataDir, String ollamaUrl) {
    public static final String DATA_DIR_ENV = "LLM4REC_DATA_DIR";

    /** The data folder: the environment variable when set, else the platform's usual place for app data. */
    public static Path defaultDataDir(Map<String, String> env, String osName, Path home) {
        String fromEnv = env.get(DATA_DIR_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "LLM4Rec Explorer") : home.resolve("LLM4Rec Explorer");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/LLM4Rec Explorer");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share");
        return base.resolve("llm4rec-explorer");
    }

    public Path databaseFile() {
        return dataDir.resolve("explorer.db");
    }

    public Path preferencesFile() {
        return dataDir.resolve("window.json");
    }

    public Path logFile() {
        return dataDir.resolve("logs").resolve("explorer.log");
    }
}
