package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.geometry.Orientation;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llm4rec.explorer.fake.DemoAnswers;
import org.llm4rec.explorer.fake.FakeOllama;

/**
 * The window's layout at a classroom projector's 1280×720 and at 1400×900: every step in sight without scrolling,
 * new columns in view, an expanded column roomy, words never cut short by larger text.
 */
class WindowLayoutAppTest {
    private static final String MODEL = "llama3.2:3b";

    private FakeOllama ollama;
    @RegisterExtension
    final AppDriver driver = new AppDriver();

    @BeforeEach
    void start() throws Exception {
        ollama = FakeOllama.start().replies(MODEL, prompt -> DemoAnswers.forPrompt(prompt, false));
        driver.start(ollama.baseUrl());
    }

    @AfterEach
    void stop() {
        ollama.close();
    }

    @Test
    void onAProjectorEveryStepIsOneClickOnThePathAwayWithoutScrolling() throws Exception {
        resize(1280, 720);
        AppDriver.waitUntil(() -> driver.robot.lookup("#strategyCombo").tryQuery().isPresent());
        ScrollPane sidebar = driver.robot.lookup("#workflowScroll").queryAs(ScrollPane.class);

        driver.robot.clickOn(pathLink("Data"));
        assertInSight(sidebar, "#datasetCombo", "#catalogueSearch", "#recommendButton");
        assertFocused("#datasetCombo");

        driver.robot.clickOn(pathLink("Profile"));
        assertInSight(sidebar, "#profileCombo", "#profileName", "#itemSearch", "#profileHistory", "#recommendButton");
        assertFocused("#profileCombo");

        driver.robot.clickOn(pathLink("Strategy"));
        assertInSight(sidebar, "#strategyCombo", "#modelCombo", "#recommendButton");
        assertFocused("#strategyCombo");

        // The headings do the same: the closed steps' headings stay in sight and say what was chosen.
        driver.robot.clickOn("#dataStep");
        assertInSight(sidebar, "#datasetCombo", "#profileStep", "#strategyStep", "#historyStep");
        assertThat(driver.robot.lookup("#strategyStep .step-summary").queryLabeled().getText())
                .contains("Zero-shot");
        assertThat(sidebar.getVvalue()).isZero();
    }

    @Test
    void aNewColumnScrollsIntoViewAndRecommendReplacesAnExpandedColumn() throws Exception {
        resize(1280, 720);
        driver.chooseModel(MODEL);
        ScrollPane results = driver.robot.lookup("#resultsScroll").queryAs(ScrollPane.class);
        for (int count = 1; count <= 4; count++) {
            driver.robot.clickOn("#addColumn");
            int expected = count;
            AppDriver.waitUntil(() -> columns().size() == expected);
            Node newest = columns().get(expected - 1);
            AppDriver.waitUntil(() -> within(newest, viewport(results)),
                    () -> "column " + expected + " at " + newest.localToScene(newest.getLayoutBounds())
                            + ", viewport " + viewport(results));
        }
        // Four columns do not fit side by side at this size: the area scrolled to the last one.
        assertThat(results.getHvalue()).isGreaterThan(0);

        Node first = columns().get(0);
        driver.robot.interact(() -> Scrolling.sideways(results, first));
        driver.robot.clickOn(driver.robot.from(first).lookup("#focusColumn").queryButton());
        AppDriver.waitUntil(() -> visibleColumns().equals(List.of(first)));

        driver.robot.clickOn("#recommendButton");
        AppDriver.waitUntil(() -> columns().size() == 5);
        Node recommended = columns().get(4);
        AppDriver.waitUntil(() -> visibleColumns().equals(List.of(recommended)));
        AppDriver.waitUntil(() -> !driver.robot.from(recommended).lookup(".recommendation-card").queryAll().isEmpty());
        assertThat(driver.robot.from(recommended).lookup("#focusColumn").queryButton().getText()).isEqualTo("⤡");
    }

    @Test
    void aColumnExpandedAloneShowsSixCardsAndItsRawAnswerTakesHalfOfIt() throws Exception {
        resize(1400, 900);
        driver.chooseModel(MODEL);
        driver.robot.clickOn("#recommendButton");
        AppDriver.waitUntil(() -> driver.shownRecommendations().size() == 10);
        Node column = columns().get(0);
        driver.robot.clickOn(driver.robot.from(column).lookup("#focusColumn").queryButton());
        ScrollPane list = driver.robot.from(column).lookup(".recommendation-list").queryAs(ScrollPane.class);
        AppDriver.waitUntil(() -> cardsInSight(list) >= 6, () -> cardsInSight(list) + " cards in sight");

        TitledPane raw = driver.robot.from(column).lookup((TitledPane pane) -> "Raw answer".equals(pane.getText()))
                .query();
        driver.robot.clickOn(raw.lookup(".title"));
        TextArea text = (TextArea) raw.getContent();
        AppDriver.waitUntil(() -> text.getHeight() >= column.getLayoutBounds().getHeight() / 2 - 1,
                () -> "raw answer " + text.getHeight() + " px in a column of " + column.getLayoutBounds().getHeight());
        assertThat(text.getText()).contains("\"recommendations\"");
    }

    @Test
    void largerTextWidensButtonsRatherThanCuttingTheirWords() throws Exception {
        resize(1280, 720);
        driver.chooseModel(MODEL);
        driver.robot.clickOn("#recommendButton");
        AppDriver.waitUntil(() -> driver.shownRecommendations().size() == 10);
        for (int step = 0; step < 3; step++) {
            driver.robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        }
        AppDriver.waitUntil(() -> driver.robot.lookup(".main-view").query().getStyle().contains("18.2px"));
        driver.robot.clickOn(pathLink("Profile"));

        List<String> cut = driver.robot.lookup(".button").queryAll().stream()
                .filter(node -> node instanceof Labeled labeled && labeled.getText() != null
                        && !labeled.getText().isBlank() && treeVisible(node))
                .map(node -> (Labeled) node)
                .filter(button -> button.lookup(".text") instanceof Text shown
                        && !shown.getText().equals(button.getText()))
                .map(button -> button.getText() + " shown as " + ((Text) button.lookup(".text")).getText())
                .toList();
        assertThat(cut).isEmpty();
    }

    @Test
    void atTheLargestTextTheWheelPassesFromTheProfileListToTheSidebarAndTheStatusBarKeepsItsWords()
            throws Exception {
        resize(1280, 720);
        for (int step = 0; step < 10; step++) {
            driver.robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        }
        AppDriver.waitUntil(() -> driver.robot.lookup(".main-view").query().getStyle().contains("28.0px"));
        // The longest status message there is: the server gone, with the steps to start it.
        ollama.close();
        driver.robot.clickOn("#checkOllama");
        AppDriver.waitUntil(() -> driver.robot.lookup("#ollamaStatus").queryLabeled().getText()
                .contains("not reachable"));
        for (String query : List.of("#checkOllama", ".status-bar .muted")) {
            Labeled shown = driver.robot.lookup(query).queryLabeled();
            AppDriver.waitUntil(() -> shown.lookup(".text") instanceof Text text
                    && text.getText().equals(shown.getText()), () -> query + " shown as "
                    + ((Text) shown.lookup(".text")).getText());
        }
        driver.robot.clickOn(pathLink("Profile"));
        ScrollPane sidebar = driver.robot.lookup("#workflowScroll").queryAs(ScrollPane.class);
        ListView<?> history = driver.robot.lookup("#profileHistory").queryAs(ListView.class);
        AppDriver.waitUntil(() -> sidebar.getContent().getLayoutBounds().getHeight()
                > sidebar.getViewportBounds().getHeight() + 20, () -> "the sidebar does not scroll at this text size");
        AppDriver.waitUntil(() -> history.getItems().size() >= 5);
        driver.robot.interact(() -> sidebar.setVvalue(0));
        ScrollBar listBar = verticalBar(history);

        for (int turn = 0; turn < 300 && sidebar.getVvalue() == 0; turn++) {
            wheel(history, -40);
        }
        assertThat(listBar == null || listBar.getValue() >= listBar.getMax() - 0.001)
                .as("the list scrolled to its end first").isTrue();
        assertThat(sidebar.getVvalue()).as("then the sidebar scrolled").isGreaterThan(0);

        for (int turn = 0; turn < 300 && sidebar.getVvalue() > 0; turn++) {
            wheel(history, 40);
        }
        assertThat(sidebar.getVvalue()).as("scrolling up brings the sidebar back to its top").isZero();
    }

    /**
     * A turn of the mouse wheel over the middle of the node, delivered to the innermost node under that point as
     * the window delivers it (the headless robot does not turn the wheel).
     */
    private void wheel(Node over, double deltaY) {
        driver.robot.interact(() -> {
            Bounds box = over.localToScene(over.getLayoutBounds());
            double x = box.getCenterX();
            double y = box.getCenterY();
            Node target = innermostAt(over, x, y);
            Point2D screen = over.getScene().getRoot().localToScreen(x, y);
            Event.fireEvent(target, new ScrollEvent(ScrollEvent.SCROLL, x, y, screen.getX(), screen.getY(),
                    false, false, false, false, false, false, 0, deltaY, 0, deltaY,
                    ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0,
                    new PickResult(target, x, y)));
        });
    }

    private static Node innermostAt(Node root, double sceneX, double sceneY) {
        return root.lookupAll("*").stream()
                .filter(node -> treeVisible(node) && node.contains(node.sceneToLocal(sceneX, sceneY)))
                .max(Comparator.comparingInt(WindowLayoutAppTest::depth)).orElse(root);
    }

    private static int depth(Node node) {
        int depth = 0;
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            depth++;
        }
        return depth;
    }

    private static ScrollBar verticalBar(ListView<?> list) {
        return list.lookupAll(".scroll-bar").stream()
                .filter(node -> node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL
                        && bar.isVisible())
                .map(ScrollBar.class::cast).findFirst().orElse(null);
    }

    private void resize(double width, double height) throws TimeoutException {
        Stage stage = (Stage) Window.getWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
        driver.robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        AppDriver.waitUntil(() -> stage.getScene().getWidth() <= width && stage.getScene().getHeight() <= height);
    }

    private Hyperlink pathLink(String text) {
        return driver.robot.lookup("#workflowPath .hyperlink")
                .match((Hyperlink link) -> link.getText().equals(text)).query();
    }

    private void assertInSight(ScrollPane sidebar, String... queries) throws TimeoutException {
        Bounds window = sidebar.getScene().getRoot().getLayoutBounds();
        for (String query : queries) {
            Node node = driver.robot.lookup(query).query();
            AppDriver.waitUntil(() -> treeVisible(node) && within(node, window),
                    () -> query + " at " + node.localToScene(node.getLayoutBounds()) + " in " + window);
            if (isInside(node, sidebar)) {
                assertThat(within(node, viewport(sidebar))).as(query + " in the sidebar's sight").isTrue();
            }
        }
        assertThat(sidebar.getVvalue()).as("the sidebar did not scroll").isZero();
    }

    private void assertFocused(String query) throws TimeoutException {
        Node node = driver.robot.lookup(query).query();
        AppDriver.waitUntil(() -> node.getScene().getFocusOwner() == node,
                () -> "focus on " + node.getScene().getFocusOwner());
    }

    private List<Node> columns() {
        Parent row = driver.robot.lookup("#resultsScroll").queryAs(ScrollPane.class).getContent() instanceof Parent p
                ? p : null;
        return row == null ? List.of() : row.getChildrenUnmodifiable().stream()
                .filter(node -> node.getStyleClass().contains("run-column")).toList();
    }

    private List<Node> visibleColumns() {
        return columns().stream().filter(Node::isVisible).toList();
    }

    private static long cardsInSight(ScrollPane list) {
        Bounds sight = viewport(list);
        return list.getContent().lookupAll(".recommendation-card").stream().filter(card -> within(card, sight))
                .count();
    }

    /** The part of the scroll pane's content in sight, in scene coordinates. */
    private static Bounds viewport(ScrollPane scroll) {
        Node port = scroll.lookup(".viewport");
        return port.localToScene(port.getLayoutBounds());
    }

    private static boolean within(Node node, Bounds area) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        return bounds.getMinX() >= area.getMinX() - 0.5 && bounds.getMaxX() <= area.getMaxX() + 0.5
                && bounds.getMinY() >= area.getMinY() - 0.5 && bounds.getMaxY() <= area.getMaxY() + 0.5;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean treeVisible(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
