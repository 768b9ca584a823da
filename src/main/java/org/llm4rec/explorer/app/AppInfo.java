package org.llm4rec.explorer.app;

/** The app's name and version, shown in the About dialog and by --version. */
public final class AppInfo {
    public static final String NAME = "LLM4Rec Explorer";
    public static final String VERSION = "0.1.0";

    private AppInfo() {
    }
}
