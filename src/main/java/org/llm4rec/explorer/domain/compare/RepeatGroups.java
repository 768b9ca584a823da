package org.llm4rec.explorer.domain.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.run.RunRecord;

/**
 * Finds runs that are repeats of one configuration: the same dataset, profile (id and fingerprint), strategy,
 * template version, model and generation options, except the seed, which is what repeats vary.
 */
public final class RepeatGroups {
    private RepeatGroups() {
    }

    private record Configuration(String datasetId, String profileId, String profileHash, String strategyId,
                                 String templateId, int templateVersion, String model, GenerationOptions options) {
        static Configuration of(RunRecord run) {
            GenerationOptions o = run.options();
            GenerationOptions withoutSeed = o == null ? null : o.withSeed(null);
            return new Configuration(run.datasetId(), run.profileId(), run.profileHash(), run.strategyId(),
                    run.templateId(), run.templateVersion(), run.model(), withoutSeed);
        }
    }

    /** Groups of two or more runs of one configuration, each in the given order, groups by their first run. */
    public static List<List<RunRecord>> of(List<RunRecord> runs) {
        Map<Configuration, List<RunRecord>> groups = new LinkedHashMap<>();
        runs.forEach(run -> groups.computeIfAbsent(Configuration.of(run), c -> new ArrayList<>()).add(run));
        return groups.values().stream().filter(group -> group.size() > 1).map(List::copyOf).toList();
    }
}
