package org.llm4rec.explorer.ui.profile;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.ProfileRepository;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;

/** The Profile step: which profile the prompts are about, and its history. */
public final class ProfileViewModel {
    private final ProfileRepository profiles;
    private final Background background;
    private final ObservableList<Profile> available = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> selected = new SimpleObjectProperty<>();
    private final ObservableList<ProfileEntry> history = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private String preferredId;

    public ProfileViewModel(ProfileRepository profiles, Background background,
                            ReadOnlyObjectProperty<Dataset> dataset) {
        this.profiles = profiles;
        this.background = background;
        dataset.addListener((obs, old, current) -> load(current));
        selected.addListener((obs, old, profile) -> show(profile));
    }

    /** The profile to select when the list first loads, such as the one used last time; null for the first. */
    public void preferProfile(String profileId) {
        this.preferredId = profileId;
    }

    private void load(Dataset dataset) {
        if (dataset == null) {
            available.clear();
            return;
        }
        background.run("load profiles", () -> profiles.list(dataset.id()), this::showProfiles,
                error -> summary.set("Could not load the profiles: " + error.getMessage()));
    }

    private void showProfiles(List<Profile> found) {
        String wanted = selected.get() != null ? selected.get().id() : preferredId;
        available.setAll(found);
        // Keep the user's choice across reloads; otherwise start from the first profile so a run is one click away.
        selected.set(found.stream().filter(p -> p.id().equals(wanted)).findFirst()
                .orElse(found.isEmpty() ? null : found.get(0)));
        if (found.isEmpty()) {
            selected.set(null);
            summary.set("This dataset has no saved profiles yet.");
        }
    }

    private void show(Profile profile) {
        if (profile == null) {
            history.clear();
            summary.set("");
            return;
        }
        history.setAll(profile.entries());
        int hidden = profile.targets().size();
        summary.set(profile.description() + "\n" + profile.visibleHistory().size() + " items in the prompt"
                + (hidden == 0 ? "" : " · " + hidden + " held out as hidden target" + (hidden > 1 ? "s" : "")));
    }

    public ObservableList<Profile> available() {
        return available;
    }

    public ObjectProperty<Profile> selectedProperty() {
        return selected;
    }

    public ObservableList<ProfileEntry> history() {
        return history;
    }

    public StringProperty summaryProperty() {
        return summary;
    }
}
