package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.export.ComparisonFiles;
import org.llm4rec.explorer.app.export.ExportFormat;
import org.llm4rec.explorer.app.export.HostileRuns;
import org.llm4rec.explorer.fake.DemoAnswers;
import org.llm4rec.explorer.fake.FakeOllama;

/** The real app started with a comparison file as its argument, as a double-click on the file starts it. */
class OpenComparisonFileAppTest {
    private static final String MODEL = "llama3.2:3b";

    @TempDir
    Path files;
    private FakeOllama ollama;
    @RegisterExtension
    final AppDriver driver = new AppDriver();

    @BeforeEach
    void serve() {
        ollama = driver.serve(FakeOllama.start().reply(MODEL, DemoAnswers.fantasy()));
    }

    @Test
    void aComparisonFileGivenOnTheCommandLineOpensAsColumns() throws Exception {
        Path file = new ComparisonFiles().write(HostileRuns.comparison(), ExportFormat.JSON,
                files.resolve("lesson 3.llm4rec"));

        driver.start(ollama.baseUrl(), List.of(file.toString()));

        AppDriver.waitUntil(() -> columnTitles().size() == 2, () -> columnTitles() + " " + messages());
        assertThat(columnTitles()).containsExactly("Zero-shot <direct> & \"co\"", "Failed, \"sadly\"");
        assertThat(driver.shownRecommendations()).extracting(r -> r.title())
                .isEqualTo(HostileRuns.completed().recommendations().stream().map(r -> r.title()).toList());
        AppDriver.waitUntil(() -> !messages().isEmpty());
        assertThat(messages()).singleElement().asString().contains("Opened 2 runs", file.toString());
    }

    @Test
    void aForeignOrMissingFileSaysWhatIsWrongAndTheAppStaysUsable() throws Exception {
        Path garbage = Files.write(files.resolve("holiday.llm4rec"), new byte[] {'P', 'K', 3, 4, 0, 0, 7, 1});
        Path missing = files.resolve("gone.llm4rec");

        driver.start(ollama.baseUrl(), List.of(garbage.toString(), missing.toString()));

        AppDriver.waitUntil(() -> messages().size() == 2, () -> messages().toString());
        assertThat(messages()).anySatisfy(text -> assertThat(text).contains(garbage.toString(), "not readable JSON",
                "Open a comparison file (.llm4rec"));
        assertThat(messages()).anySatisfy(text -> assertThat(text).contains(missing.toString(),
                "no such file or folder", "Check the file's name and folder"));
        assertThat(columnTitles()).isEmpty();

        // Both messages stand at the same place, one over the other: each OK is pressed as the keyboard would.
        driver.robot.interact(() -> openDialogs().forEach(pane -> ((Button) pane.lookupButton(ButtonType.OK)).fire()));
        AppDriver.waitUntil(() -> messages().isEmpty(), () -> messages().toString());
        driver.chooseProfile("Fantasy reader");
        driver.chooseModel(MODEL);
        driver.robot.clickOn("#recommendButton");
        AppDriver.waitUntil(() -> driver.shownRecommendations().size() == 11,
                () -> driver.shownRecommendations().toString());
        assertThat(Window.getWindows()).hasSize(1);
    }

    private List<String> columnTitles() {
        return driver.robot.lookup(".column-header .column-title").queryAll().stream().map(n -> ((Label) n).getText()).toList();
    }

    /** The texts of the message dialogs that are open. */
    private List<String> messages() {
        return openDialogs().stream().map(DialogPane::getContentText).toList();
    }

    private List<DialogPane> openDialogs() {
        return driver.robot.lookup(".dialog-pane").queryAll().stream()
                .filter(n -> n.getScene() != null && n.getScene().getWindow().isShowing())
                .map(n -> (DialogPane) n).toList();
    }
}
