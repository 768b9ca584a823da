package org.llm4rec.explorer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.ui.FxWait;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a window manager such as Openbox does to JavaFX windows, played on the headless platform (which has no
 * window manager): a resizable window mapped at 200×200, the main window un-maximised while a modal one is open.
 */
class WindowPlacementTest {
    private final FxRobot robot = new FxRobot();
    private Stage main;

    @BeforeEach
    void showMain() throws Exception {
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            main = new Stage();
            main.setScene(new Scene(new Label("main"), 900, 600));
            WindowPlacement.install(main);
            main.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aDialogMappedAt200By200GetsTheSizeItAskedFor() throws Exception {
        Alert[] dialog = new Alert[1];
        robot.interact(() -> {
            dialog[0] = alert("Keyboard shortcuts: a text long enough to ask for a dialog wider than two hundred pixels");
            dialog[0].setResizable(true);
            dialog[0].setOnShown(e -> {
                dialog[0].setWidth(200);
                dialog[0].setHeight(200);
            });
            dialog[0].show();
        });
        double asked = dialog[0].getDialogPane().prefWidth(-1);
        assertThat(asked).isGreaterThan(250);
        // Its whole content in sight: as wide as asked, and as tall as its content needs at that width.
        FxWait.until(() -> dialog[0].getWidth() >= asked && dialog[0].getDialogPane().getHeight()
                >= dialog[0].getDialogPane().prefHeight(dialog[0].getDialogPane().getWidth()) - 1);
    }

    @Test
    void aWindowShrunkJustAfterItsFirstFrameGetsItsSizeBack() throws Exception {
        Stage[] browser = new Stage[1];
        robot.interact(() -> {
            browser[0] = new Stage();
            browser[0].initOwner(main);
            browser[0].setScene(new Scene(new Label("users"), 700, 500));
            browser[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // A loaded machine: the window manager maps the window only now.
        robot.interact(() -> {
            browser[0].setWidth(200);
            browser[0].setHeight(200);
        });
        FxWait.until(() -> browser[0].getScene().getWidth() >= 700 && browser[0].getScene().getHeight() >= 500);
    }

    @Test
    void theMainWindowIsMaximisedAgainWhenAModalDialogThatUnMaximisedItCloses() throws Exception {
        robot.interact(() -> main.setMaximized(true));
        Alert[] dialog = new Alert[1];
        robot.interact(() -> {
            dialog[0] = alert("Delete this dataset?");
            // What the window manager does once the dialog disables its owner.
            dialog[0].setOnShown(e -> main.setMaximized(false));
            dialog[0].show();
        });
        FxWait.until(() -> !main.isMaximized());
        robot.interact(() -> dialog[0].close());
        FxWait.until(main::isMaximized);
    }

    @Test
    void aSizeTheUserChoosesJustAfterTheWindowAppearsIsKept() throws Exception {
        robot.interact(() -> {
            main.setWidth(700);
            main.setHeight(450);
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.getScene().getWidth()).isEqualTo(700);
    }

    @Test
    void aMainWindowThatWasNotMaximisedStaysAsItWas() throws Exception {
        Alert[] dialog = new Alert[1];
        robot.interact(() -> {
            dialog[0] = alert("Saved.");
            dialog[0].show();
        });
        robot.interact(() -> dialog[0].close());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.isMaximized()).isFalse();
        assertThat(main.getScene().getWidth()).isEqualTo(900);
    }

    private Alert alert(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(main);
        return alert;
    }
}
