package org.llm4rec.explorer.ui.compare;

import javafx.beans.property.IntegerProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Buttons 1, 5, 10, 20 that set a depth k; one is always pressed. */
final class DepthChoice extends HBox {

    /**
     * @param depth    the depth they set
     * @param idPrefix the buttons' ids are this prefix and the depth, e.g. "depth10"
     */
    DepthChoice(IntegerProperty depth, String idPrefix) {
        ToggleGroup group = new ToggleGroup();
        for (int k : CompareViewModel.DEPTHS) {
            ToggleButton button = new ToggleButton(String.valueOf(k));
            button.setId(idPrefix + k);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setToggleGroup(group);
            button.setSelected(k == depth.get());
            button.setOnAction(e -> {
                depth.set(k);
                button.setSelected(true);
            });
            getChildren().add(button);
        }
    }
}
