package org.llm4rec.explorer.ui.users;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.port.DatasetUsers;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileAttributes;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.users.DatasetUser;
import org.llm4rec.explorer.domain.users.TimelineEntry;
import org.llm4rec.explorer.ui.MessageProperty;

/** Browsing a dataset's users to start a profile from one: search by id, then their history as a timeline. */
public final class UserBrowserViewModel {
    private static final int SHOWN = 200;

    private final DatasetUsers datasetUsers;
    private final Background background;
    private final ReadOnlyObjectProperty<Dataset> dataset;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<DatasetUser> users = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetUser> selected = new SimpleObjectProperty<>();
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final StringProperty summary = new MessageProperty();
    private final AtomicLong generation = new AtomicLong();

    public UserBrowserViewModel(DatasetUsers datasetUsers, Background background,
                                ReadOnlyObjectProperty<Dataset> dataset) {
        this.datasetUsers = datasetUsers;
        this.background = background;
        this.dataset = dataset;
        query.addListener((obs, old, text) -> refresh());
        selected.addListener((obs, old, user) -> showHistory(user));
    }

    /** Lists the users matching the query, with how many the dataset has in all. */
    public void refresh() {
        Dataset current = dataset.get();
        long mine = generation.incrementAndGet();
        if (current == null) {
            users.clear();
            summary.set("Load a dataset first.");
            return;
        }
        String text = query.get();
        background.run("list dataset users", () -> new Found(datasetUsers.count(current.id()),
                datasetUsers.search(current.id(), text, SHOWN)), found -> {
                    if (mine != generation.get()) {
                        return;
                    }
                    users.setAll(found.users());
                    summary.set(describe(current, found, text));
                }, error -> summary.set("Could not list the users: " + error.getMessage()));
    }

    private static String describe(Dataset dataset, Found found, String query) {
        if (found.total() == 0) {
            return "This dataset has no users: " + dataset.name() + " holds a catalogue without interactions."
                    + " Import a dataset with ratings (MovieLens, Amazon, goodbooks ratings) to start from a user,"
                    + " or build a profile by hand.";
        }
        if (found.users().isEmpty()) {
            return "No user id starts with \"" + query.strip() + "\".";
        }
        return found.total() + " users; showing " + found.users().size()
                + (query.isBlank() ? " with the most interactions." : " whose id starts with \"" + query.strip()
                + "\".");
    }

    private void showHistory(DatasetUser user) {
        timeline.clear();
        Dataset current = dataset.get();
        if (user == null || current == null) {
            return;
        }
        background.run("load user history", () -> datasetUsers.history(current.id(), user.id()), found -> {
            if (user.equals(selected.get())) {
                timeline.setAll(found);
            }
        }, error -> summary.set("Could not read the history of user " + user.id() + ": " + error.getMessage()));
    }

    /**
     * The selected user's history as a new profile, oldest first, with the last item held out as the target;
     * empty when no user with a history is selected.
     */
    public Optional<Profile> toProfile(String newId) {
        DatasetUser user = selected.get();
        Dataset current = dataset.get();
        if (user == null || current == null || timeline.isEmpty()) {
            return Optional.empty();
        }
        List<ProfileEntry> entries = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry e = timeline.get(i);
            entries.add(new ProfileEntry(e.item(), e.rating(), i == timeline.size() - 1));
        }
        String demographics = user.demographics();
        return Optional.of(new Profile(newId, "User " + user.id(), current.id(),
                "User " + user.id() + " of " + current.name() + (demographics.isEmpty() ? "" : " · " + demographics),
                entries, "", new ProfileAttributes(user.age(), user.occupation(), user.location())));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<DatasetUser> users() {
        return users;
    }

    public ObjectProperty<DatasetUser> selectedProperty() {
        return selected;
    }

    public ObservableList<TimelineEntry> timeline() {
        return timeline;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    private record Found(int total, List<DatasetUser> users) {
    }
}
