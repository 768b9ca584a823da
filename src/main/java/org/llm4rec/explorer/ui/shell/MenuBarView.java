package org.llm4rec.explorer.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.llm4rec.explorer.ui.compare.CompareWindow;
import org.llm4rec.explorer.ui.compare.JudgeActions;
import org.llm4rec.explorer.ui.experiment.ExperimentsWindow;
import org.llm4rec.explorer.ui.export.ExportMenu;
import org.llm4rec.explorer.ui.judge.JudgeWindows;
import org.llm4rec.explorer.ui.present.PresentationMode;

/** The menus: file actions, appearance, and help. */
final class MenuBarView extends MenuBar {

    MenuBarView(MainViewModel model, ShellActions actions, ExportMenu exports, Node owner) {
        setId("menuBar");
        MenuItem recommend = item("Recommend", model::recommend, KeyCode.ENTER);
        recommend.disableProperty().bind(model.canRecommendProperty().not());
        MenuItem experiments = new MenuItem("Experiments…");
        experiments.setId("experimentsMenu");
        experiments.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        ExperimentsWindow experimentsWindow = new ExperimentsWindow(model.experiments());
        experiments.setOnAction(e -> experimentsWindow.show(owner.getScene().getWindow()));
        MenuItem logs = item("Open logs folder", actions.openLogs(), null);
        MenuItem quit = item("Quit", actions.quit(), KeyCode.Q);
        Menu file = new Menu("File", null, recommend, experiments, new SeparatorMenuItem(), exports.saveItem(),
                exports.exportMenu(), exports.openItem(), new SeparatorMenuItem(), logs, new SeparatorMenuItem(),
                quit);

        AppearanceViewModel appearance = model.appearance();
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("darkTheme");
        dark.selectedProperty().bindBidirectional(appearance.darkThemeProperty());
        dark.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        appearance.darkThemeProperty().addListener((o, old, isDark) -> applyTheme(isDark));
        applyTheme(appearance.darkThemeProperty().get());
        MenuItem larger = item("Larger text", appearance::largerText, null);
        larger.setId("largerText");
        larger.setAccelerator(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_ANY));
        Menu view = new Menu("View", null, dark, new SeparatorMenuItem(), larger,
                item("Smaller text", appearance::smallerText, KeyCode.MINUS),
                item("Normal text size", appearance::resetText, KeyCode.DIGIT0));
        MenuItem present = new MenuItem("Presentation mode");
        present.setId("presentationMode");
        present.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        present.setOnAction(e -> PresentationMode.enter(owner.getScene(), model.results()));
        view.getItems().addAll(new SeparatorMenuItem(), present);
        // Ctrl+Plus is Shift and the = key on many keyboards, or the keypad's +: each of them makes text larger,
        // and Ctrl+= too, as on a US keyboard without Shift.
        owner.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                textSizeKeys(scene, appearance);
            }
        });
        JudgeWindows judging = new JudgeWindows(model.judge());
        MenuItem compare = item("Compare columns…", new CompareWindow(model.results().columns(), owner,
                new JudgeActions(() -> judging.judgeColumns(owner.getScene().getWindow()),
                        (first, second) -> judging.pairwise(owner.getScene().getWindow(), first, second)))::show, null);
        compare.setId("compareColumnsMenu");
        compare.setAccelerator(
                new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        view.getItems().addAll(new SeparatorMenuItem(), compare);

        MenuItem blindAb = item("Blind A/B…", () -> judging.blindAb(owner.getScene().getWindow()), null);
        blindAb.setId("blindAbMenu");
        blindAb.setAccelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        MenuItem leaderboard = item("Leaderboard…", () -> judging.leaderboard(owner.getScene().getWindow()), null);
        leaderboard.setId("leaderboardMenu");
        MenuItem modelJudges = item("Model judges and agreement…",
                () -> judging.agreement(owner.getScene().getWindow()), null);
        modelJudges.setId("modelJudgesMenu");
        MenuItem judgeColumns = item("Judge with a model…", () -> judging.judgeColumns(owner.getScene().getWindow()),
                null);
        judgeColumns.setId("judgeColumnsMenu");
        MenuItem pairwise = item("Pairwise model judge…", () -> judging.pairwise(owner.getScene().getWindow()),
                null);
        pairwise.setId("pairwiseJudgeMenu");
        Menu judge = new Menu("Judge", null, blindAb, leaderboard, new SeparatorMenuItem(), judgeColumns, pairwise,
                modelJudges);
        judge.setId("judgeMenu");

        MenuItem shortcuts = new MenuItem("Keyboard shortcuts");
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        shortcuts.setOnAction(e -> ShortcutsDialog.show(owner.getScene().getWindow()));
        MenuItem tour = item("Take the tour", model.tour()::start, null);
        MenuItem about = new MenuItem("About LLM4Rec Explorer");
        about.setId("aboutMenu");
        about.setOnAction(e -> AboutDialog.show(owner.getScene().getWindow()));
        Menu help = new Menu("Help", null, tour, shortcuts, new SeparatorMenuItem(), about);
        getMenus().addAll(file, view, judge, help);
    }

    private static void textSizeKeys(Scene scene, AppearanceViewModel appearance) {
        for (KeyCode larger : new KeyCode[] {KeyCode.EQUALS, KeyCode.ADD}) {
            scene.getAccelerators().put(new KeyCodeCombination(larger, KeyCombination.SHORTCUT_DOWN,
                    KeyCombination.SHIFT_ANY), appearance::largerText);
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                appearance::smallerText);
    }

    private static MenuItem item(String text, Runnable action, KeyCode shortcut) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        if (shortcut != null) {
            item.setAccelerator(new KeyCodeCombination(shortcut, KeyCombination.SHORTCUT_DOWN));
        }
        return item;
    }

    private static void applyTheme(boolean dark) {
        // The binary form AtlantaFX ships: parsing the text form took a quarter of a second at every start.
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }
}
