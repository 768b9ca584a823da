package org.llm4rec.explorer.app.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.experiment.Baselines;
import org.llm4rec.explorer.domain.experiment.Configuration;
import org.llm4rec.explorer.domain.experiment.ExclusionReason;
import org.llm4rec.explorer.domain.experiment.Outcome;
import org.llm4rec.explorer.domain.experiment.PopularityTable;
import org.llm4rec.explorer.domain.experiment.Protocol;
import org.llm4rec.explorer.domain.experiment.UserResult;
import org.llm4rec.explorer.domain.experiment.UserSplit;
import org.llm4rec.explorer.domain.experiment.Validity;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.prompt.PromptTemplate;

/**
 * What every configuration of an experiment shares: the dataset read into memory, the users as split by the
 * protocol with their ratings, the baselines, the models and the protocol.
 *
 * @param ratings   per split user, their ratings by item id (empty for implicit feedback)
 * @param templates per LLM configuration's key, the prompt template it asks with
 */
record PreparedExperiment(DatasetSnapshot data, List<UserSplit> splits, int sampledUsers,
                          Map<ExclusionReason, Integer> exclusions, Supplier<Baselines> baselines,
                          Map<String, ModelInfo> models, Protocol protocol,
                          Map<String, Map<String, Double>> ratings, Map<String, PromptTemplate> templates) {

    PromptTemplate template(Configuration configuration) {
        return templates.get(configuration.key());
    }

    Dataset dataset() {
        return data.dataset();
    }

    Map<String, Item> items() {
        return data.items();
    }

    PopularityTable popularity() {
        return data.popularity();
    }

    /**
     * The user as a profile: the whole known history with the dataset's ratings (so that older items still count
     * as seen), prompts cut to the protocol's last K, then the held-out targets, marked so.
     */
    Profile profile(UserSplit user) {
        return profile(data, protocol, user, ratings.getOrDefault(user.userId(), Map.of()));
    }

    static Profile profile(DatasetSnapshot data, Protocol protocol, UserSplit user, Map<String, Double> ratings) {
        List<ProfileEntry> entries = new ArrayList<>();
        for (String id : user.known()) {
            Item item = data.items().get(id);
            if (item != null) {
                entries.add(new ProfileEntry(item, ratings.get(id), false));
            }
        }
        for (String id : user.targets()) {
            entries.add(new ProfileEntry(data.items().get(id), ratings.get(id), true));
        }
        return new Profile("experiment-user:" + user.userId(), "User " + user.userId(), data.dataset().id(),
                "A dataset user as an experiment's protocol splits them", entries, "")
                .withHistoryLimit(protocol.historyLimit());
    }

    int catalogueSize() {
        return data.items().size();
    }

    /** A baseline's result for one user: no model, no latency, nothing invalid. */
    UserResult baseline(Configuration configuration, UserSplit user) {
        List<String> ranked = baselines.get().recommend(configuration.baseline(), user, configuration.listLength());
        return new UserResult(configuration.key(), 0, user.userId(), Outcome.COMPLETED, null, ranked,
                user.targets(), user.interactions(), new Validity(ranked.size(), 0, 0, 0, 0),
                popularity().figures(ranked, user.history()), null, null, null, null, "");
    }
}
