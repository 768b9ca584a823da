package org.llm4rec.explorer.ui.profile;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.llm4rec.explorer.domain.Item;

/**
 * Adding items by typing: suggestions follow the text; Down and Up pick one, Enter adds it (the first when none
 * is picked), Escape clears. Focus stays in the field, so several items can be added without the mouse.
 */
final class ItemSearchField extends VBox {

    /** @param onAdded runs after an item was added, to show it */
    ItemSearchField(ProfileViewModel model, Runnable onAdded) {
        setSpacing(2);
        TextField field = new TextField();
        field.setId("itemSearch");
        field.setPromptText("Type a title or author to add an item…");
        field.textProperty().bindBidirectional(model.queryProperty());

        ListView<Item> suggestions = new ListView<>(model.suggestions());
        suggestions.setId("itemSuggestions");
        suggestions.setFocusTraversable(false);
        suggestions.setPrefHeight(150);
        suggestions.setPlaceholder(new Label("No match in the catalogue."));
        suggestions.setCellFactory(list -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.label() + (item.year() == null ? "" : " (" + item.year() + ")"));
            }
        });
        suggestions.setOnMouseClicked(e -> {
            Item item = suggestions.getSelectionModel().getSelectedItem();
            if (item != null && model.addItem(item)) {
                onAdded.run();
            }
            field.requestFocus();
        });
        suggestions.visibleProperty().bind(field.textProperty().isNotEmpty());
        suggestions.managedProperty().bind(suggestions.visibleProperty());

        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            var selection = suggestions.getSelectionModel();
            switch (e.getCode()) {
                case DOWN -> {
                    selection.clearAndSelect(Math.min(selection.getSelectedIndex() + 1,
                            suggestions.getItems().size() - 1));
                    suggestions.scrollTo(selection.getSelectedIndex());
                }
                case UP -> selection.clearAndSelect(Math.max(selection.getSelectedIndex() - 1, 0));
                case ENTER -> {
                    Item item = selection.getSelectedItem() != null ? selection.getSelectedItem()
                            : suggestions.getItems().isEmpty() ? null : suggestions.getItems().get(0);
                    if (item != null && model.addItem(item)) {
                        onAdded.run();
                    }
                }
                case ESCAPE -> field.clear();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        getChildren().addAll(field, suggestions);
    }
}
