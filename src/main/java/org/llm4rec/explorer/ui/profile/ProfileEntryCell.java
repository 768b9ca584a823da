package org.llm4rec.explorer.ui.profile;

import java.math.BigDecimal;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.Rating;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.Reaction;

/**
 * One history entry: its place, title, stars (half stars allowed), like / dislike, remove, and whether it is held
 * out or cut from prompts. Dragging a cell onto another moves it there; the drag is a scene-graph gesture rather
 * than a system drag and drop, because only the order changes and nothing leaves the window.
 */
final class ProfileEntryCell extends ListCell<ProfileEntry> {
    private final ProfileDraft draft;
    private final DragState drag;
    private final Label title = new Label();
    private final Label badge = new Label();
    private final Label ratingText = new Label();
    private final Rating rating = new Rating(5);
    private final ToggleButton like = new ToggleButton("♥");
    private final ToggleButton dislike = new ToggleButton("☹");
    private final VBox content;
    private boolean updating;

    /** Which cell a drag started from; shared by the cells of one list. */
    static final class DragState {
        int from = -1;
    }

    ProfileEntryCell(ProfileDraft draft, DragState drag) {
        this.draft = draft;
        this.drag = drag;
        getStyleClass().add("profile-entry");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.getStyleClass().add("entry-title");
        badge.getStyleClass().add("badge");
        rating.setPartialRating(true);
        rating.setUpdateOnHover(false);
        rating.getStyleClass().add("entry-rating");
        rating.ratingProperty().addListener((o, old, value) -> {
            if (!updating && !isEmpty()) {
                draft.rate(getIndex(), value.doubleValue());
            }
        });
        like.getStyleClass().addAll("flat", "reaction");
        like.setTooltip(new Tooltip("Liked (click again to take it back)"));
        like.setOnAction(e -> draft.react(getIndex(), Reaction.LIKED));
        dislike.getStyleClass().addAll("flat", "reaction");
        dislike.setTooltip(new Tooltip("Disliked (click again to take it back)"));
        dislike.setOnAction(e -> draft.react(getIndex(), Reaction.DISLIKED));
        Button remove = new Button("✕");
        remove.getStyleClass().addAll("flat", "remove-entry");
        remove.setTooltip(new Tooltip("Remove from the history (Delete)"));
        remove.setOnAction(e -> draft.remove(getIndex()));
        ratingText.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(4, rating, ratingText, like, dislike, spacer, badge, remove);
        controls.setAlignment(Pos.CENTER_LEFT);
        content = new VBox(2, title, controls);
        setPrefWidth(0);

        setOnDragDetected(e -> {
            if (!isEmpty()) {
                drag.from = getIndex();
                startFullDrag();
            }
        });
        addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, e -> getStyleClass().add("drop-target"));
        addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> getStyleClass().remove("drop-target"));
        addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            getStyleClass().remove("drop-target");
            int to = isEmpty() ? getListView().getItems().size() - 1 : getIndex();
            if (drag.from >= 0) {
                draft.move(drag.from, to);
                getListView().getSelectionModel().clearAndSelect(to);
            }
            drag.from = -1;
        });
    }

    @Override
    protected void updateItem(ProfileEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        getStyleClass().removeAll("held-out", "cut-from-prompt");
        setText(null);
        if (empty || entry == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        updating = true;
        try {
            title.setText((getIndex() + 1) + ". " + entry.item().label());
            rating.setRating(entry.rating() == null ? 0 : entry.rating());
            ratingText.setText(entry.rating() == null ? "" : BigDecimal.valueOf(entry.rating())
                    .stripTrailingZeros().toPlainString());
            like.setSelected(entry.reaction() == Reaction.LIKED);
            dislike.setSelected(entry.reaction() == Reaction.DISLIKED);
        } finally {
            updating = false;
        }
        badge.getStyleClass().removeAll("badge-warning", "badge-muted");
        if (entry.heldOut()) {
            getStyleClass().add("held-out");
            badge.setText("held out");
            badge.getStyleClass().add("badge-warning");
        } else if (draft.cutFromPrompt(getIndex())) {
            getStyleClass().add("cut-from-prompt");
            badge.setText("not in prompt");
            badge.getStyleClass().add("badge-muted");
        } else {
            badge.setText("");
        }
        badge.setVisible(!badge.getText().isEmpty());
        setTooltip(new Tooltip(entry.item().label() + (entry.heldOut()
                ? "\nHeld out: a hidden target for scoring, never shown to the model." : "")
                + "\nDrag to reorder, or Alt+Up / Alt+Down. Keys 0–5 rate, Delete removes."));
        setGraphic(content);
    }
}
