package org.llm4rec.explorer.ui.data;

import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A window for one dataset: its overview and its catalogue browser. */
final class BrowserWindow {
    private BrowserWindow() {
    }

    static void show(Window owner, BrowserViewModel model) {
        Tab overview = new Tab("Overview", new OverviewPane(model));
        Tab catalogue = new Tab("Catalogue", new CataloguePane(model));
        TabPane tabs = new TabPane(overview, catalogue);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("browserTabs");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(model.dataset().name() + " — LLM4Rec Explorer");
        Scene scene = new Scene(tabs, 1100, 700);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        model.load();
    }
}
