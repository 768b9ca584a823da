package org.llm4rec.explorer.ui.experiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.port.DatasetUsers;
import org.llm4rec.explorer.app.port.RunRepository;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileAttributes;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.experiment.ExperimentReport;
import org.llm4rec.explorer.domain.experiment.UserResult;
import org.llm4rec.explorer.domain.users.TimelineEntry;

/**
 * Opens one user of an experiment in the main window: their history as the current (unsaved) profile with the
 * held-out items marked, and each model configuration's stored run for them as a result column.
 */
public final class UserOpener {
    private final DatasetUsers users;
    private final RunRepository runs;
    private final Background background;
    private final Consumer<Profile> openProfile;
    private final BiConsumer<RunRecord, String> showRun;
    private final Supplier<String> newId;

    /**
     * @param openProfile makes a profile the current one in the main window
     * @param showRun     adds a stored run as a result column, with the name to show
     */
    public UserOpener(DatasetUsers users, RunRepository runs, Background background, Consumer<Profile> openProfile,
                      BiConsumer<RunRecord, String> showRun, Supplier<String> newId) {
        this.users = users;
        this.runs = runs;
        this.background = background;
        this.openProfile = openProfile;
        this.showRun = showRun;
        this.newId = newId;
    }

    /**
     * Opens the user; {@code done} gets a sentence saying what was opened or what went wrong.
     *
     * @param labels the name of each configuration key, for the result columns
     */
    void open(ExperimentReport report, String userId, Function<String, String> labels, Consumer<String> done) {
        String datasetId = report.definition().datasetId();
        List<UserResult> mine = report.results().stream().filter(r -> r.userId().equals(userId)).toList();
        background.run("open experiment user", () -> {
            List<TimelineEntry> history = users.history(datasetId, userId);
            List<Shown> shown = new ArrayList<>();
            for (UserResult r : mine) {
                if (r.runId() != null) {
                    runs.find(r.runId()).ifPresent(run -> shown.add(new Shown(run, labels.apply(r.configurationKey())
                            + (report.definition().repeats() > 1 ? " · repeat " + (r.repeat() + 1) : ""))));
                }
            }
            return new Opened(profile(datasetId, userId, history, mine), shown);
        }, opened -> {
            openProfile.accept(opened.profile());
            opened.runs().forEach(s -> showRun.accept(s.run(), s.name()));
            done.accept("Opened user " + userId + " in the main window with " + opened.runs().size()
                    + " stored run" + (opened.runs().size() == 1 ? "" : "s") + ".");
        }, error -> done.accept("Could not open user " + userId + ": " + error.getMessage()));
    }

    private Profile profile(String datasetId, String userId, List<TimelineEntry> history, List<UserResult> results) {
        Set<String> targets = new HashSet<>();
        results.forEach(r -> targets.addAll(r.targets()));
        List<ProfileEntry> entries = new ArrayList<>();
        for (TimelineEntry e : history) {
            entries.add(new ProfileEntry(e.item(), e.rating(), targets.contains(e.item().id())));
        }
        return new Profile(newId.get(), "User " + userId, datasetId, "User " + userId
                + " as the experiment split them: held-out items are marked", entries, "", ProfileAttributes.NONE);
    }

    private record Shown(RunRecord run, String name) {
    }

    private record Opened(Profile profile, List<Shown> runs) {
    }
}
