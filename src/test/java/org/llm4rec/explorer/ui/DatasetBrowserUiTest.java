package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llm4rec.explorer.dataset.imports.Fixtures;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.testfx.api.FxRobot;

/** The overview charts and the catalogue browser of an imported dataset and of the sample, in the real window. */
class DatasetBrowserUiTest {
    @RegisterExtension
    final AppDriver driver = new AppDriver();
    private final FxRobot robot = driver.robot;

    @BeforeEach
    void start() throws Exception {
        driver.importDataset(Fixtures.folder("ml-100k"), "MovieLens fixture");
        // Nothing listens there: the data step does not need a model.
        driver.start("http://127.0.0.1:9");
    }

    @Test
    void theOverviewChartsAnImportedDatasetAndTheCatalogueShowsWhoInteracted() throws Exception {
        openOverview("MovieLens fixture", "#overview-users");
        assertThat(robot.lookup("#overview-users").queryAs(Label.class).getText()).isEqualTo("3");
        assertThat(robot.lookup("#overview-interactions").queryAs(Label.class).getText()).isEqualTo("5");
        assertThat(robot.lookup("#overview-time-span").queryAs(Label.class).getText()).isEqualTo("1997-09-22 to 1998-03-07");
        BarChart<?, ?> ratings = robot.lookup("#ratingChart").queryAs(BarChart.class);
        assertThat(ratings.getData().get(0).getData()).hasSize(4);
        LineChart<?, ?> tails = robot.lookup("#longTailChart").queryAs(LineChart.class);
        assertThat(tails.getData()).extracting(s -> s.getName()).containsExactly("per user", "per item");
        assertThat(ratings.getParent().isVisible()).as("charts shown once the overview is there").isTrue();

        assertThat(robot.lookup("#browserTabs").queryAll()).hasSize(1);
        TabPane tabs = robot.lookup("#browserTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        TextField search = robot.from(tabs).lookup("#browserSearch").queryAs(TextField.class);
        robot.interact(() -> search.setText("nenette"));
        TableView<Item> table = robot.from(tabs).lookup("#catalogueTable").queryTableView();
        try {
            FxWait.until(() -> table.getItems().size() == 1);
        } finally {
            assertThat(table.getItems()).extracting(Item::title).containsExactly("Nénette et Boni");
        }
        robot.interact(() -> table.getSelectionModel().select(0));
        TextArea detail = robot.from(tabs).lookup("#itemDetail").queryAs(TextArea.class);
        FxWait.until(() -> detail.getText().contains("Mean rating"));
        assertThat(detail.getText()).contains("Nénette et Boni", "Year: 1996", "Categories: Drama",
                "Mean rating: 5.00", "user 2 rated 5.0");
    }

    @Test
    void theSampleCatalogueHasAnOverviewWithoutInteractions() throws Exception {
        openOverview("goodbooks-10k (sample catalogue)", "#overview-items");
        assertThat(robot.lookup("#overview-items").queryAs(Label.class).getText()).isEqualTo("10,000");
        assertThat(robot.lookup("#overview-interactions").queryAs(Label.class).getText()).isEqualTo("0");
        TableView<Item> table = robot.lookup("#catalogueTable").queryTableView();
        FxWait.until(() -> table.getItems().size() == 500);
        assertThat(table.getItems().get(0).popularity()).isGreaterThanOrEqualTo(table.getItems().get(1).popularity());
    }

    /** Chooses the dataset and opens its overview, then waits until the field shows a value. */
    private void openOverview(String dataset, String field) throws TimeoutException {
        choose(dataset);
        robot.clickOn(Reveal.inSight(robot, robot.lookup("#overviewButton").queryButton()));
        FxWait.until(() -> robot.lookup(field).tryQuery().isPresent()
                && !robot.lookup(field).queryAs(Label.class).getText().isEmpty());
    }

    private void choose(String name) throws TimeoutException {
        ComboBox<Dataset> datasets = robot.lookup("#datasetCombo").queryComboBox();
        FxWait.until(() -> datasets.getItems().stream().anyMatch(d -> d.name().equals(name)));
        robot.interact(() -> datasets.getSelectionModel().select(
                datasets.getItems().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow()));
    }
}
