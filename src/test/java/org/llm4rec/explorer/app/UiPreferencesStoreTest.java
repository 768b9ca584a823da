package org.llm4rec.explorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiPreferencesStoreTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileGivesTheDefaults() {
        assertThat(new UiPreferencesStore(dir.resolve("window.json")).load()).isEqualTo(UiPreferences.defaults());
    }

    @Test
    void savedPreferencesComeBackUnchanged() {
        var store = new UiPreferencesStore(dir.resolve("nested/window.json"));
        UiPreferences saved = UiPreferences.defaults().withTheme(true).withFontScale(1.3)
                .withWindow(40, 60, 1280, 720, false, 0.3).withLastChoice("goodbooks", "fantasy-reader");

        store.save(saved);

        assertThat(store.load()).isEqualTo(saved);
    }

    @Test
    void aDamagedFileIsSetAsideAndTheDefaultsApply() throws Exception {
        Path file = dir.resolve("window.json");
        Files.writeString(file, "{\"darkTheme\": tru");

        UiPreferences loaded = new UiPreferencesStore(file).load();

        assertThat(loaded).isEqualTo(UiPreferences.defaults());
        assertThat(dir.resolve("window.json.damaged")).hasContent("{\"darkTheme\": tru");
    }

    @Test
    void outOfRangeValuesAreBroughtBackIntoRange() {
        UiPreferences odd = UiPreferences.defaults().withFontScale(9).withWindow(0, 0, 800, 600, false, 0.99);
        assertThat(odd.fontScale()).isEqualTo(UiPreferences.MAX_FONT_SCALE);
        assertThat(odd.dividerPosition()).isEqualTo(0.25);
    }
}
