package org.llm4rec.explorer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.app.UiPreferences;

class AppearanceViewModelTest {

    @Test
    void textGrowsAndShrinksInStepsWithinLimits() {
        var appearance = new AppearanceViewModel(UiPreferences.defaults());
        appearance.largerText();
        appearance.largerText();
        assertThat(appearance.fontScaleProperty().get()).isEqualTo(1.2);
        for (int i = 0; i < 30; i++) {
            appearance.smallerText();
        }
        assertThat(appearance.fontScaleProperty().get()).isEqualTo(UiPreferences.MIN_FONT_SCALE);
        appearance.resetText();
        assertThat(appearance.fontScaleProperty().get()).isEqualTo(1.0);
    }

    @Test
    void startsFromTheRememberedPreferences() {
        var appearance = new AppearanceViewModel(UiPreferences.defaults().withTheme(true).withFontScale(1.5));
        assertThat(appearance.darkThemeProperty().get()).isTrue();
        assertThat(appearance.fontScaleProperty().get()).isEqualTo(1.5);
    }
}
