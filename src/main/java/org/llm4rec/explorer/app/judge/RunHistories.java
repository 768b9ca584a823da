package org.llm4rec.explorer.app.judge;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.llm4rec.explorer.app.port.DatasetUsers;
import org.llm4rec.explorer.app.port.ProfileRepository;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.run.RunRecord;

/**
 * The history a judge reads a run's explanations against: the saved profile's known history, or for an experiment's
 * user their dataset history without the held-out items the run found (a judge must not see the answer as history).
 */
public final class RunHistories {
    /** How experiments name the profile of a dataset user. */
    private static final String EXPERIMENT_USER = "experiment-user:";

    private final ProfileRepository profiles;
    private final DatasetUsers users;

    public RunHistories(ProfileRepository profiles, DatasetUsers users) {
        this.profiles = profiles;
        this.users = users;
    }

    public JudgedRun of(RunRecord run) {
        return new JudgedRun(run, history(run));
    }

    private List<String> history(RunRecord run) {
        var profile = profiles.find(run.profileId());
        if (profile.isPresent()) {
            return profile.get().visibleHistory().stream().map(ProfileEntry::item).map(Item::label).toList();
        }
        if (run.profileId() != null && run.profileId().startsWith(EXPERIMENT_USER)) {
            Set<String> found = run.recommendations().stream().filter(Recommendation::hit)
                    .map(r -> r.grounding().item().id()).collect(Collectors.toSet());
            return users.history(run.datasetId(), run.profileId().substring(EXPERIMENT_USER.length())).stream()
                    .map(e -> e.item()).filter(i -> !found.contains(i.id())).map(Item::label).toList();
        }
        return List.of();
    }
}
