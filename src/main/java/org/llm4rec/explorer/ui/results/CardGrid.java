package org.llm4rec.explorer.ui.results;

import java.util.List;
import java.util.function.DoubleSupplier;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

/**
 * The cards of a column, read left to right then down, in as many columns as its width holds: one beside other
 * columns, three or four in a column shown alone, so that the room of a wide window holds more of the list.
 */
final class CardGrid extends GridPane {
    /** Narrower than this (in letter heights) a card's title and explanation wrap too often to read well. */
    private static final double CARD_WIDTH_EM = 20;
    private static final double GAP = 10;

    private final DoubleSupplier em;
    private List<? extends Node> cards = List.of();
    private int perRow;

    /** {@code em} is the size of the text around, so that larger text makes fewer, wider columns. */
    CardGrid(DoubleSupplier em) {
        this.em = em;
        setHgap(GAP);
        setVgap(GAP);
        widthProperty().addListener((o, old, width) -> arrange(false));
    }

    void show(List<? extends Node> shown) {
        cards = List.copyOf(shown);
        arrange(true);
    }

    private void arrange(boolean changed) {
        int fit = (int) Math.max(1, Math.floor((getWidth() + GAP) / (CARD_WIDTH_EM * em.getAsDouble() + GAP)));
        if (!changed && fit == perRow) {
            return;
        }
        perRow = fit;
        getChildren().clear();
        getColumnConstraints().clear();
        for (int column = 0; column < perRow; column++) {
            ColumnConstraints share = new ColumnConstraints();
            share.setPercentWidth(100.0 / perRow);
            share.setFillWidth(true);
            getColumnConstraints().add(share);
        }
        for (int i = 0; i < cards.size(); i++) {
            Node card = cards.get(i);
            GridPane.setValignment(card, VPos.TOP);
            add(card, i % perRow, i / perRow);
        }
    }
}
