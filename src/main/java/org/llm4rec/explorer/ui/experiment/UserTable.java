package org.llm4rec.explorer.ui.experiment;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Every user's result per configuration; double-click a row (or Open user) to open that user. */
final class UserTable extends VBox {

    UserTable(ExperimentsViewModel model, Runnable afterOpeningUser) {
        super(6);
        setPadding(new javafx.geometry.Insets(10));
        FilteredList<UserRow> rows = new FilteredList<>(model.userRows());
        TextField filter = new TextField();
        filter.setId("userFilter");
        filter.setPromptText("Filter by user id or configuration");
        filter.textProperty().addListener((o, old, text) -> rows.setPredicate(row -> text.isBlank()
                || row.userId().startsWith(text.strip()) || row.configuration().toLowerCase()
                .contains(text.strip().toLowerCase())));
        TableView<UserRow> table = new TableView<>(rows);
        table.setId("userTable");
        table.setPlaceholder(new Label("No per-user results yet."));
        table.getColumns().add(column("User", UserRow::userId));
        table.getColumns().add(column("Configuration", UserRow::configuration));
        table.getColumns().add(column("Repeat", UserRow::repeat));
        table.getColumns().add(column("Interactions", UserRow::interactions));
        table.getColumns().add(column("Outcome", UserRow::outcome));
        table.getColumns().add(column("NDCG@10", r -> ChartFormat.metric(r.ndcg10())));
        table.getColumns().add(column("Target rank", r -> r.targetRank() == 0 ? "not listed" : "#" + r.targetRank()));
        table.getColumns().add(column("Note", UserRow::note));
        double[] widths = {80, 280, 70, 100, 180, 90, 110, 320};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        Runnable open = () -> {
            UserRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.openUser(row.userId());
                afterOpeningUser.run();
            }
        };
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<UserRow>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.run();
                }
            });
            return row;
        });
        Button openButton = new Button("Open user in the main window");
        openButton.setId("openUser");
        openButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> open.run());
        HBox bar = new HBox(8, filter, openButton);
        HBox.setHgrow(filter, Priority.ALWAYS);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
    }

    private static <T> TableColumn<UserRow, T> column(String title, Function<UserRow, T> value) {
        TableColumn<UserRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
