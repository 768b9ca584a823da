package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.controlsfx.control.Rating;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.fake.FakeOllama;
import org.testfx.api.FxRobot;

/** Builds a profile from scratch in the real window, keeps it, and finds it again after a restart. */
class ProfileEditingAppTest {
    private static final String DUNE = "Dune (Dune Chronicles #1)";
    @RegisterExtension
    final AppDriver driver = new AppDriver();
    private final FxRobot robot = driver.robot;

    @BeforeEach
    void start() throws Exception {
        driver.start(FakeOllama.start());
    }

    @Test
    void buildARatedReorderedProfileByTypingSaveItAndFindItIntactAfterARestart() throws Exception {
        ComboBox<?> profiles = robot.lookup("#profileCombo").queryComboBox();
        FxWait.until(() -> !profiles.getItems().isEmpty());
        robot.clickOn(driver.reveal("#newProfileButton")).clickOn("Empty profile");
        ListView<ProfileEntry> history = robot.lookup("#profileHistory").queryListView();
        FxWait.until(() -> history.getItems().isEmpty());

        add("the hobbit", "The Hobbit");
        add("dune", DUNE);
        add("pride and prej", "Pride and Prejudice");
        assertThat(titles(history)).containsExactly("The Hobbit", DUNE, "Pride and Prejudice");
        robot.write("the hobbit");
        waitForSuggestions();
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#profileNote").queryAs(Label.class).getText()).contains("already in the history");
        robot.type(KeyCode.ESCAPE);

        // Stars by mouse (the fourth star of the first item), then by keyboard on the second item.
        Rating firstStars = (Rating) row(history, 0).lookup(".entry-rating");
        Node fourthStar = firstStars.lookupAll(".button").stream().skip(3).findFirst().orElseThrow();
        robot.clickOn(driver.reveal(fourthStar));
        FxWait.until(() -> history.getItems().get(0).rating() != null);
        double clicked = history.getItems().get(0).rating();
        assertThat(clicked).isBetween(3.5, 4.0);
        assertThat(clicked * 2).isEqualTo(Math.rint(clicked * 2));
        robot.clickOn(driver.reveal(cell(history, 1))).type(KeyCode.DIGIT5);
        FxWait.until(() -> Double.valueOf(5.0).equals(history.getItems().get(1).rating()));

        // Drag the third item onto the first: it moves to the front, and the hold-out moves to the new last.
        robot.drag(driver.reveal(cell(history, 2))).dropTo(cell(history, 0));
        FxWait.until(() -> titles(history).get(0).equals("Pride and Prejudice"));
        assertThat(titles(history)).containsExactly("Pride and Prejudice", "The Hobbit", DUNE);
        assertThat(history.getItems()).extracting(ProfileEntry::heldOut).containsExactly(false, false, true);
        assertThat(heldOutBadges()).containsExactly("held out");

        robot.doubleClickOn(driver.reveal("#profileName")).eraseText(20).write("Sci-fi and classics");
        robot.clickOn(driver.reveal("#saveProfileButton"));
        FxWait.until(() -> robot.lookup("#profileMessage").queryAs(Label.class).getText().contains("Saved"));
        List<ProfileEntry> saved = List.copyOf(history.getItems());

        driver.restart();

        ComboBox<?> reopened = robot.lookup("#profileCombo").queryComboBox();
        FxWait.until(() -> !reopened.getItems().isEmpty());
        robot.clickOn(driver.reveal(reopened)).clickOn("Sci-fi and classics");
        ListView<ProfileEntry> again = robot.lookup("#profileHistory").queryListView();
        FxWait.until(() -> again.getItems().equals(saved));
        assertThat(again.getItems()).extracting(ProfileEntry::rating).containsExactly(null, clicked, 5.0);
        assertThat(robot.lookup("#saveProfileButton").queryButton().getText()).isEqualTo("Save");
    }

    @Test
    void unsavedEditsAreNeverDroppedWithoutAsking() throws Exception {
        ComboBox<?> profiles = robot.lookup("#profileCombo").queryComboBox();
        FxWait.until(() -> !profiles.getItems().isEmpty());
        robot.clickOn(driver.reveal(profiles)).clickOn("Fantasy reader");
        ListView<ProfileEntry> history = robot.lookup("#profileHistory").queryListView();
        FxWait.until(() -> !history.getItems().isEmpty());
        int before = history.getItems().size();
        add("dune", DUNE);
        // Keyboard editing: Alt+Up moves the new item before the held-out one, then a digit rates it.
        robot.clickOn(driver.reveal(cell(history, before))).press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        FxWait.until(() -> titles(history).get(before - 1).equals(DUNE));
        robot.type(KeyCode.DIGIT4);
        FxWait.until(() -> Double.valueOf(4.0).equals(history.getItems().get(before - 1).rating()));
        assertThat(history.getItems().get(before).heldOut()).isTrue();

        robot.clickOn(driver.reveal(profiles)).clickOn("Classics reader");
        FxWait.until(() -> robot.lookup("Discard changes").tryQuery().isPresent());
        robot.clickOn(dialogButton("Cancel"));
        assertThat(history.getItems()).hasSize(before + 1);
        assertThat(titles(history)).contains(DUNE);

        Stage stage = (Stage) history.getScene().getWindow();
        // Not robot.interact: it would wait for the question, which waits for the answer.
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxWait.until(() -> robot.lookup("Discard changes").tryQuery().isPresent());
        assertThat(stage.isShowing()).as("closing waits for the answer").isTrue();
        robot.clickOn(dialogButton("Save"));
        FxWait.until(() -> !stage.isShowing());

        driver.restart();
        ComboBox<?> reopened = robot.lookup("#profileCombo").queryComboBox();
        FxWait.until(() -> !reopened.getItems().isEmpty());
        robot.clickOn(driver.reveal(reopened)).clickOn("Fantasy reader");
        ListView<ProfileEntry> again = robot.lookup("#profileHistory").queryListView();
        FxWait.until(() -> titles(again).contains(DUNE));
        assertThat(again.getItems()).hasSize(before + 1);
    }

    private void add(String typed, String expectedTitle) throws TimeoutException {
        ListView<ProfileEntry> history = robot.lookup("#profileHistory").queryListView();
        int before = history.getItems().size();
        robot.clickOn(driver.reveal("#itemSearch")).write(typed);
        ListView<Item> suggestions = robot.lookup("#itemSuggestions").queryListView();
        // Answers to earlier keystrokes may show first; wait for the one to the whole text.
        FxWait.until(() -> suggestions.getItems().stream().anyMatch(i -> i.title().equals(expectedTitle)));
        int index = 0;
        while (!suggestions.getItems().get(index).title().equals(expectedTitle)) {
            index++;
        }
        for (int i = 0; i <= index; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> history.getItems().size() == before + 1);
        assertThat(history.getItems().get(before).item().title()).isEqualTo(expectedTitle);
        // The user sees what was added, however tall the rows above it are.
        FxWait.until(() -> shownCell(history, before).isPresent());
    }

    /** A button of the open question; the window has other buttons with the same words (Save, Cancel). */
    private Button dialogButton(String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    private void waitForSuggestions() throws TimeoutException {
        ListView<Item> suggestions = robot.lookup("#itemSuggestions").queryListView();
        FxWait.until(() -> !suggestions.getItems().isEmpty());
    }

    /** The title of the row, scrolled fully into sight: where a user clicks, away from its stars and buttons. */
    private Node cell(ListView<ProfileEntry> history, int index) throws TimeoutException {
        return row(history, index).lookup(".entry-title");
    }

    /** The cell of the row, scrolled fully into sight. */
    private ListCell<?> row(ListView<ProfileEntry> history, int index) throws TimeoutException {
        robot.interact(() -> Scrolling.row(history, index));
        FxWait.until(() -> shownCell(history, index).isPresent());
        return shownCell(history, index).orElseThrow();
    }

    /**
     * The cell showing the row inside the list. The list also keeps cells it does not show, hidden or below its
     * edge, that still carry the index they last had; those are not the row.
     */
    private Optional<ListCell<?>> shownCell(ListView<ProfileEntry> history, int index) {
        Bounds list = history.localToScene(history.getLayoutBounds());
        return history.lookupAll(".list-cell").stream()
                .filter(node -> node instanceof ListCell<?> c && c.getIndex() == index && !c.isEmpty()
                        && treeVisible(c, history) && list.contains(c.localToScene(c.getLayoutBounds())))
                .<ListCell<?>>map(node -> (ListCell<?>) node).findFirst();
    }

    private static boolean treeVisible(Node node, Node ancestor) {
        for (Node at = node; at != ancestor; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private List<String> heldOutBadges() {
        return robot.lookup("#profileHistory .list-cell.held-out .badge").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    private static List<String> titles(ListView<ProfileEntry> history) {
        return history.getItems().stream().map(e -> e.item().title()).toList();
    }
}
