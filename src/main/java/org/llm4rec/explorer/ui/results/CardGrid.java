package org.llm4rec.explorer.ui.results;

import java.util.List;
import java.util.function.DoubleSupplier;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * The cards of a column, read left to right then down, in as many columns as its width holds: one beside other
 * columns, three or four in a column shown alone, so that the room of a wide window holds more of the list. Each
 * row is as tall as its tallest card at the width the cards get. (A GridPane kept the row heights it had measured at
 * another width, e.g. before the scroll bar appeared, so that a card whose text wraps onto one more line then
 * overlapped the next.)
 */
final class CardGrid extends Pane {
    /** Narrower than this (in letter heights) a card's title and explanation wrap too often to read well. */
    private static final double CARD_WIDTH_EM = 20;
    private static final double GAP = 10;

    private final DoubleSupplier em;

    /** {@code em} is the size of the text around, so that larger text makes fewer, wider columns. */
    CardGrid(DoubleSupplier em) {
        this.em = em;
    }

    void show(List<? extends Node> shown) {
        getChildren().setAll(shown);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + CARD_WIDTH_EM * em.getAsDouble() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = (width < 0 ? computePrefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + rows(inner, false) + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        rows(getWidth() - snappedLeftInset() - snappedRightInset(), true);
    }

    /** The height of the rows at this inner width; when asked, places the cards in them too. */
    private double rows(double inner, boolean place) {
        int perRow = (int) Math.max(1, Math.floor((inner + GAP) / (CARD_WIDTH_EM * em.getAsDouble() + GAP)));
        double cardWidth = Math.max(0, Math.floor((inner - GAP * (perRow - 1)) / perRow));
        List<Node> cards = getManagedChildren();
        double y = 0;
        for (int start = 0; start < cards.size(); start += perRow) {
            List<Node> row = cards.subList(start, Math.min(cards.size(), start + perRow));
            double tallest = Math.ceil(row.stream().mapToDouble(card -> card.prefHeight(cardWidth)).max().orElse(0));
            if (place) {
                for (int i = 0; i < row.size(); i++) {
                    row.get(i).resizeRelocate(snappedLeftInset() + i * (cardWidth + GAP), snappedTopInset() + y,
                            cardWidth, tallest);
                }
            }
            y += tallest + GAP;
        }
        return cards.isEmpty() ? 0 : y - GAP;
    }
}
