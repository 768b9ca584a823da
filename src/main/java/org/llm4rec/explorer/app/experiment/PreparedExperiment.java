package org.llm4rec.explorer.app.experiment;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.experiment.Baselines;
import org.llm4rec.explorer.domain.experiment.Configuration;
import org.llm4rec.explorer.domain.experiment.ExclusionReason;
import org.llm4rec.explorer.domain.experiment.Outcome;
import org.llm4rec.explorer.domain.experiment.PopularityTable;
import org.llm4rec.explorer.domain.experiment.UserResult;
import org.llm4rec.explorer.domain.experiment.UserSplit;
import org.llm4rec.explorer.domain.experiment.Validity;
import org.llm4rec.explorer.domain.llm.ModelInfo;

/**
 * What every configuration of an experiment shares: the dataset read into memory, the users as split by the
 * protocol, the baselines, the models and the protocol's seed (recorded on each run's candidates).
 */
record PreparedExperiment(DatasetSnapshot data, List<UserSplit> splits, int sampledUsers,
                          Map<ExclusionReason, Integer> exclusions, Supplier<Baselines> baselines,
                          Map<String, ModelInfo> models, long seed) {

    Dataset dataset() {
        return data.dataset();
    }

    Map<String, Item> items() {
        return data.items();
    }

    PopularityTable popularity() {
        return data.popularity();
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
