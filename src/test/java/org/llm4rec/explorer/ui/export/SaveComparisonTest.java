package org.llm4rec.explorer.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.export.ComparisonFiles;
import org.llm4rec.explorer.app.export.ExportedColumn;
import org.llm4rec.explorer.app.export.HostileRuns;
import org.llm4rec.explorer.app.export.Judgements;
import org.llm4rec.explorer.ui.FxWait;
import org.llm4rec.explorer.ui.SameThreadBackground;
import org.llm4rec.explorer.ui.results.ResultsViewModel;
import org.llm4rec.explorer.ui.task.TaskList;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** File ▸ Save comparison as… (Ctrl+S) in a window, with the file choosers answered in the user's place. */
class SaveComparisonTest {
    @TempDir
    Path folder;
    private final FxRobot robot = new FxRobot();
    private final Background background = SameThreadBackground.create();
    private final List<FileChooser> choosers = new ArrayList<>();
    private Path answer;
    private ResultsViewModel shown;

    /** Answers every chooser with {@link #answer}, as a user picking that file would. */
    private final ExportMenu.Dialogs dialogs = new ExportMenu.Dialogs() {
        @Override
        public File open(FileChooser chooser, Window owner) {
            choosers.add(chooser);
            return answer.toFile();
        }

        @Override
        public File save(FileChooser chooser, Window owner) {
            choosers.add(chooser);
            return answer.toFile();
        }
    };

    @BeforeEach
    void showMenu() throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        shown = results();
        robot.interact(() -> {
            shown.show(HostileRuns.completed(), "Zero-shot <direct>").promptParts().setAll(HostileRuns.parts());
            shown.show(HostileRuns.failed(), "LLMRank, \"failed\"");
            ExportMenu menu = new ExportMenu(exports(shown), () -> stage, () -> null, dialogs);
            stage.setScene(new Scene(new BorderPane(null, new MenuBar(new Menu("File", null, menu.saveItem(),
                    menu.openItem())), null, null, null), 600, 400));
            stage.show();
            stage.toFront();
        });
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        background.close();
    }

    @Test
    void ctrlSSavesAComparisonFileThatReadsBackEqualAndReopensAsTheSameColumns() throws Exception {
        answer = folder.resolve("lesson 3");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        Path saved = folder.resolve("lesson 3.llm4rec");
        FxWait.until(() -> Files.exists(saved));
        FileChooser saveChooser = choosers.get(0);
        assertThat(saveChooser.getInitialFileName()).isEqualTo("comparison.llm4rec");
        assertThat(saveChooser.getExtensionFilters().get(0).getExtensions()).containsExactly("*.llm4rec");
        assertThat(new ComparisonFiles().read(saved).columns()).isEqualTo(columns(shown));
        robot.clickOn((Node n) -> n instanceof Button b && "OK".equals(b.getText()));

        ResultsViewModel reopened = results();
        answer = saved;
        robot.interact(() -> new ExportMenu(exports(reopened), () -> null, () -> null, dialogs).openItem().fire());

        FxWait.until(() -> reopened.columns().size() == 2);
        assertThat(columns(reopened)).isEqualTo(columns(shown));
        assertThat(choosers.get(1).getExtensionFilters().get(0).getExtensions())
                .containsExactly("*.llm4rec", "*.json");
    }

    @Test
    void nothingIsSavedWhenTheUserCancelsTheChooser() throws Exception {
        answer = null;
        ExportMenu.Dialogs cancelling = new ExportMenu.Dialogs() {
            @Override
            public File open(FileChooser chooser, Window owner) {
                return null;
            }

            @Override
            public File save(FileChooser chooser, Window owner) {
                choosers.add(chooser);
                return null;
            }
        };
        robot.interact(() -> new ExportMenu(exports(shown), () -> null, () -> null, cancelling).saveItem().fire());

        assertThat(choosers).hasSize(1);
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    private ExportViewModel exports(ResultsViewModel results) {
        return new ExportViewModel(results, background, new ComparisonFiles(),
                runIds -> new Judgements.Judged(List.of(), List.of(), List.of()), Clock.systemUTC());
    }

    private ResultsViewModel results() {
        // Showing stored runs neither runs a model nor touches saved comparisons.
        return new ResultsViewModel(null, new TaskList(background), null, Clock.systemUTC());
    }

    private static List<ExportedColumn> columns(ResultsViewModel results) {
        return results.columns().stream().map(c -> new ExportedColumn(c.titleProperty().get(),
                c.runProperty().get(), List.copyOf(c.promptParts()))).toList();
    }
}
