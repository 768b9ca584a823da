package org.llm4rec.explorer.ui.profile;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;

/** The Profile step: a profile picker and the history, oldest first, with held-out targets marked. */
public final class ProfileView extends VBox {

    public ProfileView(ProfileViewModel model) {
        setSpacing(6);
        ComboBox<Profile> profiles = new ComboBox<>(model.available());
        profiles.setId("profileCombo");
        profiles.setMaxWidth(Double.MAX_VALUE);
        profiles.setPromptText("Pick a demo profile");
        profiles.valueProperty().bindBidirectional(model.selectedProperty());
        profiles.setConverter(new StringConverter<>() {
            @Override
            public String toString(Profile profile) {
                return profile == null ? "" : profile.name();
            }

            @Override
            public Profile fromString(String text) {
                return null;
            }
        });

        Label summary = new Label();
        summary.setId("profileSummary");
        summary.getStyleClass().add("muted");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());

        ListView<ProfileEntry> history = new ListView<>(model.history());
        history.setId("profileHistory");
        history.setPrefHeight(220);
        history.setPlaceholder(new Label("Pick a profile to see its history."));
        history.setCellFactory(list -> new HistoryCell());
        getChildren().addAll(profiles, summary, history);
    }

    private static final class HistoryCell extends ListCell<ProfileEntry> {
        @Override
        protected void updateItem(ProfileEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().remove("held-out");
            if (empty || entry == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            String rating = entry.rating() == null ? "" : "  " + stars(entry.rating());
            setText((getIndex() + 1) + ". " + entry.item().title() + rating
                    + (entry.heldOut() ? "  — held out" : ""));
            setTooltip(new Tooltip(entry.item().label() + (entry.heldOut()
                    ? "\nHeld out: a hidden target for scoring, never shown to the model." : "")));
            if (entry.heldOut()) {
                getStyleClass().add("held-out");
            }
        }

        private static String stars(double rating) {
            int full = (int) Math.round(rating);
            return "★".repeat(Math.max(0, Math.min(5, full))) + "☆".repeat(Math.max(0, 5 - full));
        }
    }
}
