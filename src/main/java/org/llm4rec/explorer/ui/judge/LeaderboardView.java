package org.llm4rec.explorer.ui.judge;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;
import org.llm4rec.explorer.domain.judge.Grouping;
import org.llm4rec.explorer.domain.judge.Leaderboard;
import org.llm4rec.explorer.domain.judge.LeaderboardEntry;

/** The ranking table with each entry's 95% interval drawn on a shared scale, the counts and the side bias. */
final class LeaderboardView extends VBox {
    private static final double BAR_WIDTH = 150;

    LeaderboardView(LeaderboardViewModel model, Runnable refresh) {
        super(8);
        setPadding(new Insets(12));
        getStyleClass().add("leaderboard");
        ChoiceBox<Grouping> grouping = new ChoiceBox<>();
        grouping.setId("leaderboardGrouping");
        grouping.getItems().setAll(Grouping.values());
        grouping.setConverter(new StringConverter<>() {
            @Override
            public String toString(Grouping g) {
                return g == null ? "" : "Rank by " + g.label().toLowerCase(Locale.ROOT);
            }

            @Override
            public Grouping fromString(String s) {
                return null;
            }
        });
        grouping.valueProperty().bindBidirectional(model.groupingProperty());
        HBox top = new HBox(8, grouping);
        top.setAlignment(Pos.CENTER_LEFT);
        if (refresh != null) {
            Button again = new Button("Refresh");
            again.setOnAction(e -> refresh.run());
            top.getChildren().add(again);
        }

        TableView<LeaderboardEntry> table = new TableView<>(model.entries());
        table.setId("leaderboardTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No votes to rank yet."));
        table.getColumns().add(TextColumns.of("#", 40, e -> String.valueOf(e.rank())));
        table.getColumns().add(TextColumns.of("Entry", 320, e -> model.displayName(e.key())));
        table.getColumns().add(TextColumns.of("Strength [95% interval]", 180, e -> e.estimated()
                ? String.format(Locale.ROOT, "%+.2f [%+.2f, %+.2f]", e.theta(), e.lower(), e.upper())
                : "not fitted (only \u201cboth bad\u201d)"));
        table.getColumns().add(interval(model));
        table.getColumns().add(TextColumns.of("vs average", 80, e -> e.estimated()
                ? String.format(Locale.ROOT, "%.0f%%", 100 * e.winChanceAgainstAverage()) : ""));
        table.getColumns().add(TextColumns.of("W / L / T", 80, e -> e.wins() + " / " + e.losses() + " / " + e.ties()));
        table.getColumns().add(TextColumns.of("Both bad", 75, e -> String.valueOf(e.bothBad())));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label summary = wrapped(model.summaryProperty().get());
        summary.setId("leaderboardSummary");
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add("muted");
        Label bias = wrapped("");
        bias.setId("positionBias");
        bias.textProperty().bind(model.biasProperty());
        getChildren().addAll(top, table, bias, summary);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Every row's interval on the same axis, so that overlaps can be seen at a glance. */
    private static TableColumn<LeaderboardEntry, LeaderboardEntry> interval(LeaderboardViewModel model) {
        TableColumn<LeaderboardEntry, LeaderboardEntry> column = new TableColumn<>("Interval");
        column.setPrefWidth(BAR_WIDTH + 20);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LeaderboardEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                Leaderboard board = model.boardProperty().get();
                if (empty || entry == null || !entry.estimated() || board == null) {
                    setGraphic(null);
                    return;
                }
                double min = board.entries().stream().filter(LeaderboardEntry::estimated)
                        .mapToDouble(LeaderboardEntry::lower).min().orElse(-1);
                double max = board.entries().stream().filter(LeaderboardEntry::estimated)
                        .mapToDouble(LeaderboardEntry::upper).max().orElse(1);
                double span = Math.max(max - min, 1e-9);
                Pane bar = new Pane();
                bar.setPrefSize(BAR_WIDTH, 14);
                bar.setMinHeight(14);
                double zero = (0 - min) / span * BAR_WIDTH;
                Line centre = new Line(zero, 0, zero, 14);
                centre.getStyleClass().add("interval-centre");
                Line line = new Line((entry.lower() - min) / span * BAR_WIDTH, 7,
                        (entry.upper() - min) / span * BAR_WIDTH, 7);
                line.getStyleClass().add("interval-line");
                Circle point = new Circle((entry.theta() - min) / span * BAR_WIDTH, 7, 4);
                point.getStyleClass().add("interval-point");
                bar.getChildren().addAll(centre, line, point);
                setGraphic(bar);
            }
        });
        return column;
    }
}
