package org.llm4rec.explorer.ui.profile;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.StringConverter;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.Reaction;
import org.llm4rec.explorer.ui.Scrolling;
import org.llm4rec.explorer.ui.users.UserBrowserView;

/**
 * The Profile step: pick or start a profile, edit its history (add by typing, rate, like, reorder, remove), say
 * how many items are held out and how many a prompt shows, and keep it (save, rename, duplicate, delete, export,
 * import).
 */
public final class ProfileView extends VBox {
    private final ProfileViewModel model;
    private final ProfileDraft draft;
    private final ProfileDialogs dialogs = new ProfileDialogs(this);
    private final Set<Window> guarded = Collections.newSetFromMap(new WeakHashMap<>());

    public ProfileView(ProfileViewModel model) {
        this.model = model;
        this.draft = model.draft();
        setSpacing(6);
        model.setUnsavedChangesHandler(dialogs::unsavedChanges);

        Label summary = muted("profileSummary");
        summary.textProperty().bind(model.summaryProperty());
        Label message = muted("profileMessage");
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(model.messageProperty().isNotEmpty());
        Label note = muted("profileNote");
        note.textProperty().bind(draft.noteProperty());
        note.managedProperty().bind(draft.noteProperty().isNotEmpty());
        Label cut = muted("historyCutWarning");
        cut.getStyleClass().add("warning-text");
        cut.textProperty().bind(draft.cutWarningProperty());
        cut.managedProperty().bind(draft.cutWarningProperty().isNotEmpty());

        ListView<ProfileEntry> history = history();
        Runnable showNewest = () -> {
            history.getSelectionModel().clearAndSelect(history.getItems().size() - 1);
            Scrolling.row(history, history.getItems().size() - 1);
        };
        getChildren().addAll(picker(), nameRow(), summary, message, new ItemSearchField(model, showNewest), note,
                history, cut, details());
        // Inside a scroll pane this view joins the scene only after the window is shown, so both orders are handled.
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                guardClosing(scene.getWindow());
                scene.windowProperty().addListener((w, oldWindow, window) -> guardClosing(window));
            }
        });
    }

    private void guardClosing(Window window) {
        if (window != null && guarded.add(window)) {
            window.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, e -> keepUnsavedEdits(e, window));
        }
    }

    /** Closing the window with unsaved edits asks first, like switching profiles does. */
    private void keepUnsavedEdits(WindowEvent close, Window window) {
        // The window can outlive this view (another scene shown in the same stage): only the shown view asks.
        if (window.getScene() != getScene() || !draft.dirtyProperty().get()) {
            return;
        }
        close.consume();
        model.leave(window::hide, () -> { });
    }

    private HBox picker() {
        ComboBox<Profile> profiles = new ComboBox<>(model.available());
        profiles.setId("profileCombo");
        profiles.setMaxWidth(Double.MAX_VALUE);
        // Long profile names must not widen the sidebar; the list shows them in full.
        profiles.setMinWidth(60);
        profiles.setPrefWidth(120);
        profiles.setPromptText("Unsaved profile");
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
        HBox.setHgrow(profiles, Priority.ALWAYS);
        MenuItem empty = new MenuItem("Empty profile");
        empty.setId("newEmptyProfileItem");
        empty.setOnAction(e -> model.newProfile());
        MenuItem fromUser = new MenuItem("From a dataset user…");
        fromUser.setId("fromUserItem");
        fromUser.setOnAction(e -> UserBrowserView.open(this, model.users(), model::startFromSelectedUser));
        MenuButton fresh = new MenuButton("New", null, empty, fromUser);
        fresh.setId("newProfileButton");
        fresh.setMinWidth(Region.USE_PREF_SIZE);
        fresh.setTooltip(new Tooltip("Start an empty profile, or from a user of the dataset and their history"));
        HBox row = new HBox(4, profiles, fresh, keepingMenu());
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox nameRow() {
        TextField name = new TextField();
        name.setId("profileName");
        name.setPromptText("Profile name");
        name.textProperty().bindBidirectional(draft.nameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button save = new Button("Save");
        save.setId("saveProfileButton");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.save());
        save.textProperty().bind(Bindings.when(draft.dirtyProperty()).then("Save •").otherwise("Save"));
        save.setTooltip(new Tooltip("Save the profile under this name (• = unsaved changes)"));
        // The name field gives way to larger text, not the button's word.
        save.setMinWidth(Region.USE_PREF_SIZE);

        HBox row = new HBox(4, name, save);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private MenuButton keepingMenu() {
        MenuItem rename = new MenuItem("Rename…");
        rename.setOnAction(e -> dialogs.newName(draft.nameProperty().get()).ifPresent(model::rename));
        MenuItem duplicate = new MenuItem("Duplicate");
        duplicate.setOnAction(e -> model.duplicate());
        MenuItem delete = new MenuItem("Delete…");
        delete.setId("deleteProfileItem");
        delete.setOnAction(e -> {
            if (dialogs.confirmDelete(draft.nameProperty().get())) {
                model.delete();
            }
        });
        MenuItem export = new MenuItem("Export as JSON…");
        export.setOnAction(e -> dialogs.exportFile(draft.nameProperty().get()).ifPresent(model::exportTo));
        MenuItem importing = new MenuItem("Import JSON…");
        importing.setOnAction(e -> dialogs.importFile().ifPresent(model::importFrom));
        MenuButton more = new MenuButton("⋯", null, rename, duplicate, delete, new SeparatorMenuItem(), export,
                importing);
        more.setId("profileMenu");
        more.setTooltip(new Tooltip("Rename, duplicate, delete, export or import"));
        more.setMinWidth(Region.USE_PREF_SIZE);
        return more;
    }

    private ListView<ProfileEntry> history() {
        ListView<ProfileEntry> history = new ListView<>(model.history());
        history.setId("profileHistory");
        history.setPrefHeight(190);
        // The list takes the sidebar's spare height, but keeps a few rows when the sidebar is short.
        history.setMinHeight(100);
        VBox.setVgrow(history, Priority.ALWAYS);
        history.setPlaceholder(new Label("No items yet: type a title above to add one."));
        ProfileEntryCell.DragState drag = new ProfileEntryCell.DragState();
        history.setCellFactory(list -> new ProfileEntryCell(draft, drag));
        // Marks depend on the whole list (held out, cut from the prompt), so every cell is redrawn on a change.
        draft.firstInPromptProperty().addListener((o, a, b) -> history.refresh());
        history.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int index = history.getSelectionModel().getSelectedIndex();
            if (index < 0) {
                return;
            }
            int target = index;
            if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                target = index - 1;
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                target = index + 1;
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                draft.remove(index);
            } else if (e.getText().matches("[0-5]")) {
                int stars = Integer.parseInt(e.getText());
                draft.rate(index, stars == 0 ? null : (double) stars);
            } else if (e.getCode() == KeyCode.L) {
                draft.react(index, Reaction.LIKED);
            } else if (e.getCode() == KeyCode.D) {
                draft.react(index, Reaction.DISLIKED);
            } else {
                return;
            }
            e.consume();
            if (target != index && target >= 0 && target < history.getItems().size()) {
                draft.move(index, target);
            }
            history.getSelectionModel().clearAndSelect(Math.min(target, history.getItems().size() - 1));
        });
        return history;
    }

    private GridPane limits() {
        Spinner<Integer> heldOut = new Spinner<>(0, 100, draft.heldOutProperty().get());
        heldOut.setId("heldOutSpinner");
        heldOut.setEditable(true);
        heldOut.setPrefWidth(70);
        heldOut.getValueFactory().valueProperty().addListener((o, a, n) -> draft.heldOutProperty().set(n));
        draft.heldOutProperty().addListener((o, a, n) -> heldOut.getValueFactory().setValue(n.intValue()));
        heldOut.setTooltip(new Tooltip("The last N items are hidden targets: never in a prompt, used to score"
                + " hits. 0 runs without scoring."));
        Spinner<Integer> limit = new Spinner<>(1, 1000, draft.historyLimitProperty().get());
        limit.setId("historyLimitSpinner");
        limit.setEditable(true);
        limit.setPrefWidth(75);
        limit.getValueFactory().valueProperty().addListener((o, a, n) -> draft.historyLimitProperty().set(n));
        limit.setTooltip(new Tooltip("Prompts show at most the last K visible items (the literature uses 20–50),"
                + " so long histories fit the model's context."));
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.addRow(0, new Label("Hold out the last"), heldOut, new Label("item(s)"));
        grid.addRow(1, new Label("Prompts use the last"), limit, new Label("items"));
        return grid;
    }

    private TitledPane details() {
        TitledPane pane = new TitledPane("Hold-out, prompt length, preferences", null);
        pane.setId("profileDetails");
        pane.setMinWidth(0);
        pane.setExpanded(false);
        pane.setAnimated(false);
        // Closed at first: its ninety nodes are made when it is first opened, not before the window's first frame.
        pane.expandedProperty().addListener((o, was, expanded) -> {
            if (expanded && pane.getContent() == null) {
                pane.setContent(detailsContent());
            }
        });
        return pane;
    }

    private Node detailsContent() {
        TextArea preferences = new TextArea();
        preferences.setId("profilePreferences");
        preferences.setPromptText("Preferences in your own words, e.g. \"slow-burn science fiction, nothing"
                + " too violent\"");
        preferences.setWrapText(true);
        preferences.setPrefRowCount(3);
        preferences.textProperty().bindBidirectional(draft.preferencesProperty());
        GridPane attributes = new GridPane();
        attributes.setHgap(6);
        attributes.setVgap(4);
        attributes.addRow(0, new Label("Age group"), field("profileAgeGroup", draft.ageGroupProperty()));
        attributes.addRow(1, new Label("Occupation"), field("profileOccupation", draft.occupationProperty()));
        attributes.addRow(2, new Label("Country"), field("profileCountry", draft.countryProperty()));
        return new VBox(6, limits(), new Label("Preferences"), preferences, new Label("About the user (optional)"),
                attributes);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private static Label muted(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("muted");
        label.setWrapText(true);
        // Squeezed, a wrapped text would lose its last lines; the history list gives way instead.
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
