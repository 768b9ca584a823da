package org.llm4rec.explorer.app;

/**
 * What the window remembers between sessions.
 *
 * @param darkTheme      dark theme instead of light
 * @param fontScale      font size relative to the default (1.0), for projectors and small screens
 * @param windowX        last window position (meaningful only when a width was saved)
 * @param windowY        last window position (meaningful only when a width was saved)
 * @param windowWidth    last window width, or 0 when never sized
 * @param windowHeight   last window height, or 0 when never sized
 * @param maximized      whether the window was maximised
 * @param dividerPosition position of the divider between the workflow and the results, 0..1
 * @param lastDatasetId  the dataset chosen last, or null
 * @param lastProfileId  the profile chosen last, or null
 */
public record UiPreferences(boolean darkTheme, double fontScale, double windowX, double windowY, double windowWidth,
                            double windowHeight, boolean maximized, double dividerPosition, String lastDatasetId,
                            String lastProfileId) {
    public static final double MIN_FONT_SCALE = 0.8;
    public static final double MAX_FONT_SCALE = 2.0;

    public UiPreferences {
        fontScale = Double.isFinite(fontScale) ? Math.max(MIN_FONT_SCALE, Math.min(MAX_FONT_SCALE, fontScale)) : 1.0;
        dividerPosition = dividerPosition > 0.05 && dividerPosition < 0.8 ? dividerPosition : 0.25;
    }

    public static UiPreferences defaults() {
        return new UiPreferences(false, 1.0, 0, 0, 0, 0, false, 0.25, null, null);
    }

    public UiPreferences withTheme(boolean dark) {
        return new UiPreferences(dark, fontScale, windowX, windowY, windowWidth, windowHeight, maximized,
                dividerPosition, lastDatasetId, lastProfileId);
    }

    public UiPreferences withFontScale(double scale) {
        return new UiPreferences(darkTheme, scale, windowX, windowY, windowWidth, windowHeight, maximized,
                dividerPosition, lastDatasetId, lastProfileId);
    }

    public UiPreferences withWindow(double x, double y, double width, double height, boolean isMaximized,
                                    double divider) {
        return new UiPreferences(darkTheme, fontScale, x, y, width, height, isMaximized, divider, lastDatasetId,
                lastProfileId);
    }

    public UiPreferences withLastChoice(String datasetId, String profileId) {
        return new UiPreferences(darkTheme, fontScale, windowX, windowY, windowWidth, windowHeight, maximized,
                dividerPosition, datasetId, profileId);
    }
}
