package org.llm4rec.explorer.domain.experiment;

import java.util.List;
import java.util.Map;

/**
 * An experiment's results: what charts, tables and exports show.
 *
 * @param runId          the experiment run
 * @param definition     the definition as run
 * @param sampledUsers   how many users the sample drew (before exclusions)
 * @param exclusions     users the protocol left out, counted by reason
 * @param configurations per configuration, in the definition's order
 * @param results        every per-user result, for distributions and segment breakdowns
 */
public record ExperimentReport(String runId, ExperimentDefinition definition, int sampledUsers,
                               Map<ExclusionReason, Integer> exclusions, List<ConfigurationSummary> configurations,
                               List<UserResult> results) {
    public ExperimentReport {
        exclusions = Map.copyOf(exclusions);
        configurations = List.copyOf(configurations);
        results = List.copyOf(results);
    }

    /** The protocol text shown with the results and written into every export. */
    public String protocolText() {
        return definition.protocol().describe();
    }

    public int excludedUsers() {
        return exclusions.values().stream().mapToInt(Integer::intValue).sum();
    }
}
