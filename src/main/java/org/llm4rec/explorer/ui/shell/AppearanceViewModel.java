package org.llm4rec.explorer.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.llm4rec.explorer.app.UiPreferences;

/** Theme and text size, for a laptop at night or a projector in class. */
public final class AppearanceViewModel {
    private static final double STEP = 0.1;

    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final DoubleProperty fontScale = new SimpleDoubleProperty(1.0);

    public AppearanceViewModel(UiPreferences preferences) {
        darkTheme.set(preferences.darkTheme());
        fontScale.set(preferences.fontScale());
    }

    public void largerText() {
        fontScale.set(Math.min(UiPreferences.MAX_FONT_SCALE, round(fontScale.get() + STEP)));
    }

    public void smallerText() {
        fontScale.set(Math.max(UiPreferences.MIN_FONT_SCALE, round(fontScale.get() - STEP)));
    }

    public void resetText() {
        fontScale.set(1.0);
    }

    private static double round(double scale) {
        return Math.round(scale * 10) / 10.0;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public DoubleProperty fontScaleProperty() {
        return fontScale;
    }
}
