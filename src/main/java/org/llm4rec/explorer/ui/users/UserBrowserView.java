package org.llm4rec.explorer.ui.users;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.llm4rec.explorer.domain.prompt.PromptLists;
import org.llm4rec.explorer.domain.users.DatasetUser;
import org.llm4rec.explorer.domain.users.TimelineEntry;

/** A window listing the dataset's users beside the picked user's history, oldest first. */
public final class UserBrowserView extends BorderPane {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private UserBrowserView(UserBrowserViewModel model, BooleanSupplier start, Runnable close) {
        setPadding(new Insets(10));
        TextField search = new TextField();
        search.setId("userSearch");
        search.setPromptText("User id starts with…");
        search.textProperty().bindBidirectional(model.queryProperty());
        Label summary = new Label();
        summary.setId("userSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(model.summaryProperty());

        TableView<DatasetUser> users = new TableView<>(model.users());
        users.setId("userTable");
        users.setPlaceholder(new Label("No users to show."));
        users.getColumns().add(column("User", u -> u.id()));
        TableColumn<DatasetUser, Number> count = new TableColumn<>("Interactions");
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().interactions()));
        users.getColumns().add(count);
        users.getColumns().add(column("Demographics", DatasetUser::demographics));
        users.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        model.selectedProperty().bind(users.getSelectionModel().selectedItemProperty());

        ListView<TimelineEntry> timeline = new ListView<>(model.timeline());
        timeline.setId("userTimeline");
        timeline.setPlaceholder(new Label("Pick a user to see their history, oldest first."));
        timeline.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : (entry.time() == null ? "—" : DAY.format(entry.time()))
                        + "   " + entry.item().label()
                        + (entry.rating() == null ? "" : "   " + PromptLists.rating(entry.rating()) + "★"));
            }
        });

        Button use = new Button("Start from this user");
        use.setId("startFromUserButton");
        use.getStyleClass().add("accent");
        use.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.timeline()));
        use.setOnAction(e -> {
            if (start.getAsBoolean()) {
                close.run();
            }
        });
        Button cancel = new Button("Close");
        cancel.setOnAction(e -> close.run());

        SplitPane split = new SplitPane(users, timeline);
        setTop(new VBox(6, search, summary));
        setCenter(split);
        BorderPane.setMargin(split, new Insets(8, 0, 8, 0));
        setBottom(new HBox(8, use, cancel));
    }

    private static TableColumn<DatasetUser, String> column(String title,
                                                            java.util.function.Function<DatasetUser, String> value) {
        TableColumn<DatasetUser, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /**
     * Opens the browser over the owner's window.
     *
     * @param start starts a profile from the picked user; true when it did, which closes the browser
     */
    public static void open(Node owner, UserBrowserViewModel model, BooleanSupplier start) {
        Stage stage = new Stage();
        stage.setTitle("Start from a dataset user");
        stage.initModality(Modality.WINDOW_MODAL);
        if (owner.getScene() != null) {
            stage.initOwner(owner.getScene().getWindow());
            stage.setScene(new Scene(new UserBrowserView(model, start, stage::close), 900, 560));
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setOnHidden(e -> model.selectedProperty().unbind());
        model.refresh();
        stage.show();
    }
}
