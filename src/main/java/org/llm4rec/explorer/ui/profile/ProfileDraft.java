package org.llm4rec.explorer.ui.profile;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileAttributes;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.Reaction;

/**
 * The profile being edited: its history and fields as properties, every edit operation, and what the edits mean
 * for a run (held-out targets, the history cut to the last K items, whether it can run at all). Held-out marks
 * are never edited one by one: the last N entries are held out, so reordering moves the targets with the order.
 */
public final class ProfileDraft {
    public static final int DEFAULT_HELD_OUT = 1;
    public static final int DEFAULT_HISTORY_LIMIT = 50;

    private final ObservableList<ProfileEntry> entries = FXCollections.observableArrayList();
    private final StringProperty id = new SimpleStringProperty();
    private final StringProperty datasetId = new SimpleStringProperty();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty preferences = new SimpleStringProperty("");
    private final StringProperty ageGroup = new SimpleStringProperty("");
    private final StringProperty occupation = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final IntegerProperty heldOut = new SimpleIntegerProperty(DEFAULT_HELD_OUT);
    private final IntegerProperty historyLimit = new SimpleIntegerProperty(DEFAULT_HISTORY_LIMIT);
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<Profile> saved = new SimpleObjectProperty<>();
    private final ObjectBinding<Profile> profile;
    private final ObjectBinding<Profile> promptProfile;
    private final BooleanBinding dirty;
    private final IntegerBinding firstInPrompt;
    private final StringBinding cutWarning;
    private final StringBinding runBlocker;
    private boolean marking;

    public ProfileDraft() {
        profile = Bindings.createObjectBinding(this::build, entries, id, datasetId, name, description, preferences,
                ageGroup, occupation, country);
        promptProfile = Bindings.createObjectBinding(() -> profile.get() == null ? null
                : profile.get().withHistoryLimit(Math.max(1, historyLimit.get())), profile, historyLimit);
        dirty = Bindings.createBooleanBinding(this::hasUnsavedChanges, profile, saved);
        firstInPrompt = Bindings.createIntegerBinding(this::firstIndexInPrompt, entries, historyLimit);
        cutWarning = Bindings.createStringBinding(this::describeCut, entries, historyLimit);
        runBlocker = Bindings.createStringBinding(this::whyItCannotRun, entries);
        heldOut.addListener((o, old, n) -> markHeldOut());
    }

    /** Shows a stored profile; the held-out count is its trailing held-out entries. */
    public void load(Profile stored) {
        int trailing = 0;
        for (int i = stored.entries().size() - 1; i >= 0 && stored.entries().get(i).heldOut(); i--) {
            trailing++;
        }
        // The dataset first: a profile seen between these steps (result columns follow it) never lacks one.
        datasetId.set(stored.datasetId());
        id.set(stored.id());
        name.set(stored.name());
        description.set(stored.description());
        preferences.set(stored.preferences());
        ageGroup.set(stored.attributes().ageGroup());
        occupation.set(stored.attributes().occupation());
        country.set(stored.attributes().country());
        marking = true;
        heldOut.set(trailing);
        marking = false;
        entries.setAll(stored.entries());
        markHeldOut();
        note.set("");
        // Against the stored version, so that held-out marks this editor had to move show as a change.
        saved.set(stored);
    }

    /** Starts a new empty profile that has never been saved. */
    public void startEmpty(String newId, String dataset, String newName) {
        load(new Profile(newId, newName, dataset, "", List.of(), ""));
        saved.set(null);
        heldOut.set(DEFAULT_HELD_OUT);
    }

    /** Shows a profile that came from elsewhere (an import, a dataset user) as a new, unsaved one. */
    public void loadUnsaved(Profile incoming) {
        load(incoming);
        saved.set(null);
    }

    /** Remembers what is stored now; edits made while it was being written stay unsaved. */
    public void markSaved(Profile stored) {
        saved.set(stored);
    }

    /** Adds the item at the end (newest); refuses an item the history already has, with a note. */
    public boolean add(Item item) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).item().id().equals(item.id())) {
                note.set("\"" + item.title() + "\" is already in the history (item " + (i + 1)
                        + "); each item can be there once.");
                return false;
            }
        }
        entries.add(new ProfileEntry(item, null, false));
        markHeldOut();
        note.set("Added \"" + item.title() + "\".");
        return true;
    }

    public void remove(int index) {
        if (valid(index)) {
            ProfileEntry removed = entries.remove(index);
            markHeldOut();
            note.set("Removed \"" + removed.item().title() + "\".");
        }
    }

    /** Moves an entry to another place in the sequence (drag and drop, keyboard move). */
    public void move(int from, int to) {
        if (!valid(from) || !valid(to) || from == to) {
            return;
        }
        List<ProfileEntry> order = new ArrayList<>(entries);
        order.add(to, order.remove(from));
        entries.setAll(order);
        markHeldOut();
    }

    /** A rating on the 0.5–5 scale in half stars, or null to clear it. */
    public void rate(int index, Double rating) {
        if (!valid(index)) {
            return;
        }
        Double rounded = rating == null || rating <= 0 ? null : Math.min(5.0, Math.round(rating * 2) / 2.0);
        entries.set(index, entries.get(index).withRating(rounded));
    }

    /** Sets a like or dislike; giving the same one again takes it back. */
    public void react(int index, Reaction reaction) {
        if (!valid(index)) {
            return;
        }
        ProfileEntry entry = entries.get(index);
        entries.set(index, entry.withReaction(entry.reaction() == reaction ? Reaction.NONE : reaction));
    }

    private boolean valid(int index) {
        return index >= 0 && index < entries.size();
    }

    private void markHeldOut() {
        if (marking) {
            return;
        }
        int count = Math.max(0, heldOut.get());
        List<ProfileEntry> marked = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            marked.add(entries.get(i).withHeldOut(i >= entries.size() - count));
        }
        if (!marked.equals(entries)) {
            entries.setAll(marked);
        }
    }

    /** A new profile with nothing in it yet has nothing to lose. */
    private boolean hasUnsavedChanges() {
        Profile now = profile.get();
        if (now == null) {
            return false;
        }
        if (saved.get() == null) {
            return !now.entries().isEmpty() || !now.preferences().isBlank();
        }
        return !now.equals(saved.get());
    }

    private Profile build() {
        if (id.get() == null) {
            return null;
        }
        return new Profile(id.get(), name.get().strip(), datasetId.get(), description.get(), entries,
                preferences.get(), new ProfileAttributes(ageGroup.get(), occupation.get(), country.get()));
    }

    /** The index of the first visible entry a prompt shows; earlier visible entries are cut. */
    private int firstIndexInPrompt() {
        int limit = Math.max(1, historyLimit.get());
        int toSkip = (int) entries.stream().filter(e -> !e.heldOut()).count() - limit;
        for (int i = 0; i < entries.size() && toSkip > 0; i++) {
            if (!entries.get(i).heldOut() && --toSkip == 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private String describeCut() {
        long visible = entries.stream().filter(e -> !e.heldOut()).count();
        int limit = Math.max(1, historyLimit.get());
        if (visible <= limit) {
            return "";
        }
        return "Long history: prompts use the last " + limit + " of " + visible + " visible items; the first "
                + (visible - limit) + " (greyed, marked \"not in prompt\") are left out of prompts but still count"
                + " as seen.";
    }

    private String whyItCannotRun() {
        if (entries.isEmpty()) {
            return "The profile is empty: add at least one item so the model has a history to go on.";
        }
        if (entries.stream().allMatch(ProfileEntry::heldOut)) {
            return "Every item is held out: hold out fewer items so the model sees some history.";
        }
        return "";
    }

    /** True when the entry at this index is visible but left out of prompts by the history limit. */
    public boolean cutFromPrompt(int index) {
        return valid(index) && !entries.get(index).heldOut() && index < firstInPrompt.get();
    }

    public ObservableList<ProfileEntry> entries() {
        return entries;
    }

    public String id() {
        return id.get();
    }

    public String datasetId() {
        return datasetId.get();
    }

    public ObjectBinding<Profile> profileProperty() {
        return profile;
    }

    public ObjectBinding<Profile> promptProfileProperty() {
        return promptProfile;
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty preferencesProperty() {
        return preferences;
    }

    public StringProperty ageGroupProperty() {
        return ageGroup;
    }

    public StringProperty occupationProperty() {
        return occupation;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public IntegerProperty heldOutProperty() {
        return heldOut;
    }

    public IntegerProperty historyLimitProperty() {
        return historyLimit;
    }

    public IntegerBinding firstInPromptProperty() {
        return firstInPrompt;
    }

    public StringBinding cutWarningProperty() {
        return cutWarning;
    }

    public StringBinding runBlockerProperty() {
        return runBlocker;
    }

    public StringProperty noteProperty() {
        return note;
    }

    boolean isSaved() {
        return saved.get() != null;
    }
}
