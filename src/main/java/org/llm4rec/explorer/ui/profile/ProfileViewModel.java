package org.llm4rec.explorer.ui.profile;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.port.CatalogueRepository;
import org.llm4rec.explorer.app.port.DatasetUsers;
import org.llm4rec.explorer.app.port.ProfileRepository;
import org.llm4rec.explorer.dataset.ProfileJsonFile;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.ui.MessageProperty;
import org.llm4rec.explorer.ui.users.UserBrowserViewModel;

/**
 * The Profile step: which profile the prompts are about, editing it, and keeping it (save, rename, duplicate,
 * delete, export, import). Nothing the user typed is dropped without asking: every action that would replace
 * unsaved edits goes through {@link #leave}.
 */
public final class ProfileViewModel {
    /** What to do with unsaved edits before showing another profile. */
    public enum LeaveChoice { SAVE, DISCARD, CANCEL }

    private static final int SUGGESTIONS = 8;
    private static final String NEW_NAME = "New profile";

    private final ProfileRepository profiles;
    private final CatalogueRepository catalogue;
    private final Background background;
    private final ReadOnlyObjectProperty<Dataset> dataset;
    private final Supplier<String> newId;
    private final ProfileDraft draft = new ProfileDraft();
    private final UserBrowserViewModel users;
    private final ObservableList<Profile> available = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new MessageProperty();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Item> suggestions = FXCollections.observableArrayList();
    private final AtomicLong searchGeneration = new AtomicLong();
    private final StringBinding summary;
    private Function<String, LeaveChoice> unsavedChanges = name -> LeaveChoice.CANCEL;
    private boolean adjusting;
    private String preferredId;

    public ProfileViewModel(ProfileRepository profiles, CatalogueRepository catalogue, DatasetUsers datasetUsers,
                            Background background, ReadOnlyObjectProperty<Dataset> dataset,
                            Supplier<String> newId) {
        this.profiles = profiles;
        this.catalogue = catalogue;
        this.background = background;
        this.dataset = dataset;
        this.newId = newId;
        this.users = new UserBrowserViewModel(datasetUsers, background, dataset);
        summary = Bindings.createStringBinding(() -> describe(draft.profileProperty().get()),
                draft.profileProperty());
        dataset.addListener((obs, old, current) -> {
            // What was said about the other dataset's profiles no longer applies.
            message.set("");
            load(current);
        });
        selected.addListener((obs, old, chosen) -> onSelected(old, chosen));
        query.addListener((obs, old, text) -> search(text));
    }

    /**
     * Asked, with the profile's name, whenever unsaved edits would be replaced. Until the view sets one the
     * answer is {@link LeaveChoice#CANCEL}, which keeps the edits.
     */
    public void setUnsavedChangesHandler(Function<String, LeaveChoice> handler) {
        this.unsavedChanges = handler;
    }

    /** The profile to open when the list first loads, such as the one used last time; null for the first. */
    public void preferProfile(String profileId) {
        this.preferredId = profileId;
    }

    private void load(Dataset current) {
        if (current == null) {
            available.clear();
            return;
        }
        background.run("load profiles", () -> profiles.list(current.id()), this::showProfiles,
                error -> message.set("Could not load the profiles: " + error.getMessage()));
    }

    private void showProfiles(List<Profile> found) {
        available.setAll(found);
        Optional<Profile> editing = found.stream().filter(p -> p.id().equals(draft.id())).findFirst();
        Dataset current = dataset.get();
        boolean sameDataset = current != null && current.id().equals(draft.datasetId());
        if (draft.dirtyProperty().get() && sameDataset) {
            select(editing.orElse(null));
            return;
        }
        // Edits to a profile of another dataset are offered for saving first; cancelling keeps them on screen.
        Optional<Profile> preferred = found.stream().filter(p -> p.id().equals(preferredId)).findFirst();
        leave(() -> openOrStartEmpty(editing.or(() -> preferred).orElse(found.isEmpty() ? null : found.get(0))),
                () -> { });
    }

    private void openOrStartEmpty(Profile show) {
        if (show == null) {
            startEmpty();
            message.set("This dataset has no saved profiles yet: add items to start one.");
            return;
        }
        select(show);
        draft.load(show);
    }

    private void onSelected(Profile old, Profile chosen) {
        if (adjusting || chosen == null) {
            return;
        }
        leave(() -> draft.load(chosen), () -> select(old));
    }

    /** Changes the picker without opening anything. */
    private void select(Profile profile) {
        adjusting = true;
        try {
            selected.set(profile);
        } finally {
            adjusting = false;
        }
    }

    /**
     * Runs {@code then} once unsaved edits are dealt with: saved or discarded as the user chooses; {@code
     * cancelled} runs instead when the user keeps editing or the save fails.
     */
    void leave(Runnable then, Runnable cancelled) {
        if (!draft.dirtyProperty().get()) {
            then.run();
            return;
        }
        switch (unsavedChanges.apply(displayName())) {
            case SAVE -> save(then, cancelled);
            case DISCARD -> then.run();
            case CANCEL -> cancelled.run();
        }
    }

    // ---- editing -----------------------------------------------------------------------------------------------

    /** Starts an empty profile (after dealing with unsaved edits). */
    public void newProfile() {
        leave(() -> {
            startEmpty();
            message.set("New profile: type a title below to add items.");
        }, () -> { });
    }

    private void startEmpty() {
        Dataset current = dataset.get();
        draft.startEmpty(newId.get(), current == null ? null : current.id(), NEW_NAME);
        select(null);
    }

    /** Starts from a profile made elsewhere (a dataset user's history), unsaved. */
    public void startFrom(Profile profile) {
        leave(() -> {
            draft.loadUnsaved(profile);
            select(null);
            message.set("\"" + profile.name() + "\" with " + profile.entries().size()
                    + " items, not saved yet.");
        }, () -> { });
    }

    /** Starts from the user picked in the user browser; false when none with a history is picked. */
    public boolean startFromSelectedUser() {
        Optional<Profile> profile = users.toProfile(newId.get());
        profile.ifPresent(this::startFrom);
        return profile.isPresent();
    }

    /** Adds a search suggestion to the end of the history and clears the search. */
    public boolean addItem(Item item) {
        if (draft.id() == null) {
            startEmpty();
        }
        boolean added = draft.add(item);
        if (added) {
            query.set("");
        }
        return added;
    }

    private void search(String text) {
        long generation = searchGeneration.incrementAndGet();
        Dataset current = dataset.get();
        if (text == null || text.isBlank() || current == null) {
            suggestions.clear();
            return;
        }
        background.run("search catalogue", () -> catalogue.search(current.id(), text, SUGGESTIONS), found -> {
            // Only the answer to the latest keystroke is shown; slower earlier answers are dropped.
            if (generation == searchGeneration.get()) {
                suggestions.setAll(found);
            }
        }, error -> message.set("Search failed: " + error.getMessage()));
    }

    // ---- keeping -----------------------------------------------------------------------------------------------

    public void save() {
        save(() -> { }, () -> { });
    }

    private void save(Runnable after, Runnable failed) {
        Profile profile = draft.profileProperty().get();
        String problem = profile == null ? "Nothing to save yet." : nameProblem(profile.name(), profile.id());
        if (!problem.isEmpty()) {
            message.set(problem);
            failed.run();
            return;
        }
        background.run("save profile", () -> {
            profiles.save(profile);
            return profiles.list(profile.datasetId());
        }, found -> {
            draft.markSaved(profile);
            available.setAll(found);
            select(found.stream().filter(p -> p.id().equals(profile.id())).findFirst().orElse(null));
            message.set("Saved \"" + profile.name() + "\".");
            after.run();
        }, error -> {
            message.set("Could not save \"" + profile.name() + "\": " + error.getMessage()
                    + " Your edits are still here.");
            failed.run();
        });
    }

    /** Renames the profile and saves it. */
    public void rename(String newName) {
        String name = newName == null ? "" : newName.strip();
        String problem = nameProblem(name, draft.id());
        if (!problem.isEmpty()) {
            message.set(problem);
            return;
        }
        draft.nameProperty().set(name);
        save();
    }

    /** Saves what is shown as a new profile "… (copy)" and opens it; the original stays as it was stored. */
    public void duplicate() {
        Profile profile = draft.profileProperty().get();
        if (profile == null) {
            return;
        }
        String name = freeName(profile.name() + " (copy)");
        Profile copy = new Profile(newId.get(), name, profile.datasetId(), profile.description(),
                profile.entries(), profile.preferences(), profile.attributes());
        background.run("duplicate profile", () -> {
            profiles.save(copy);
            return profiles.list(copy.datasetId());
        }, found -> {
            available.setAll(found);
            draft.load(copy);
            select(found.stream().filter(p -> p.id().equals(copy.id())).findFirst().orElse(null));
            message.set("Saved a copy as \"" + name + "\"; it is open now.");
        }, error -> message.set("Could not duplicate \"" + profile.name() + "\": " + error.getMessage()));
    }

    /** Deletes the stored profile (the view asks first); runs made from it are kept. */
    public void delete() {
        Profile profile = draft.profileProperty().get();
        if (profile == null) {
            return;
        }
        if (!draft.isSaved()) {
            startEmpty();
            message.set("Discarded the unsaved profile \"" + profile.name() + "\".");
            return;
        }
        background.run("delete profile", () -> {
            profiles.delete(profile.id());
            return profiles.list(profile.datasetId());
        }, found -> {
            startEmpty();
            showProfiles(found);
            message.set("Deleted \"" + profile.name() + "\". Runs made from it are still in Earlier runs.");
        }, error -> message.set("Could not delete \"" + profile.name() + "\": " + error.getMessage()));
    }

    public void exportTo(Path file) {
        Profile profile = draft.profileProperty().get();
        if (profile == null) {
            return;
        }
        background.run("export profile", () -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                ProfileJsonFile.write(profile, out);
            }
            return file;
        }, written -> message.set("Exported \"" + profile.name() + "\" to " + written + "."),
                error -> message.set("Could not export to " + file + ": " + error.getMessage()));
    }

    /** Opens a profile file as a new unsaved profile; items the catalogue lacks are listed in the message. */
    public void importFrom(Path file) {
        Dataset current = dataset.get();
        if (current == null) {
            message.set("Load a dataset before importing a profile.");
            return;
        }
        // The file is read first, so that a broken file never costs the user their unsaved edits.
        background.run("import profile", () -> {
            try (InputStream in = Files.newInputStream(file)) {
                return ProfileJsonFile.read(in, file.getFileName().toString(), newId.get(), current.id(),
                        id -> catalogue.item(current.id(), id));
            }
        }, imported -> leave(() -> showImported(imported, current), () -> { }),
                error -> message.set("Could not import " + file + ": " + error.getMessage()));
    }

    private void showImported(ProfileJsonFile.Imported imported, Dataset current) {
        draft.loadUnsaved(imported.profile());
        select(null);
        String text = "Imported \"" + imported.profile().name() + "\" with " + imported.profile().entries().size()
                + " items; it is not saved yet.";
        if (!imported.unknown().isEmpty()) {
            text += " " + imported.unknown().size() + " item(s) of the file are not in the catalogue of "
                    + current.name() + " and were not added: " + String.join("; ", imported.unknown()) + ".";
        }
        message.set(text);
    }

    private String nameProblem(String name, String id) {
        if (name == null || name.isBlank()) {
            return "Give the profile a name before saving.";
        }
        boolean taken = available.stream().anyMatch(p -> p.name().equalsIgnoreCase(name.strip())
                && !p.id().equals(id));
        return taken ? "Another profile is already called \"" + name.strip() + "\": choose another name." : "";
    }

    private String freeName(String wanted) {
        String name = wanted;
        for (int n = 2; !nameProblem(name, null).isEmpty(); n++) {
            name = wanted + " " + n;
        }
        return name;
    }

    private String displayName() {
        String name = draft.nameProperty().get();
        return name == null || name.isBlank() ? NEW_NAME : name.strip();
    }

    private static String describe(Profile profile) {
        if (profile == null) {
            return "";
        }
        int hidden = profile.targets().size();
        String counts = profile.promptHistory().size() + " items the model sees"
                + (hidden == 0 ? " · nothing held out (no hit scoring)"
                : " · " + hidden + " held out as hidden target" + (hidden > 1 ? "s" : ""));
        return profile.description().isBlank() ? counts : profile.description() + "\n" + counts;
    }

    // ---- properties --------------------------------------------------------------------------------------------

    public ProfileDraft draft() {
        return draft;
    }

    public UserBrowserViewModel users() {
        return users;
    }

    public ObservableList<Profile> available() {
        return available;
    }

    public ObjectProperty<Profile> selectedProperty() {
        return selected;
    }

    /** The history being edited, oldest first, held-out targets last. */
    public ObservableList<ProfileEntry> history() {
        return draft.entries();
    }

    /** The profile as edited, unsaved edits included: what a run is made from. */
    public ObjectBinding<Profile> profileProperty() {
        return draft.profileProperty();
    }

    /** The profile as prompts see it: its visible history cut to the last K items. */
    public ObjectBinding<Profile> promptProfileProperty() {
        return draft.promptProfileProperty();
    }

    /** Why the profile cannot be run, empty when it can. */
    public StringBinding runBlockerProperty() {
        return draft.runBlockerProperty();
    }

    public StringBinding summaryProperty() {
        return summary;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Item> suggestions() {
        return suggestions;
    }
}
