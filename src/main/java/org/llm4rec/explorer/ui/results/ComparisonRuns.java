package org.llm4rec.explorer.ui.results;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.PreparedRun;
import org.llm4rec.explorer.app.RecommendationRequest;
import org.llm4rec.explorer.app.RecommendationService;
import org.llm4rec.explorer.app.port.ColumnConfiguration;
import org.llm4rec.explorer.app.port.ComparisonRepository;
import org.llm4rec.explorer.app.port.ComparisonRun;
import org.llm4rec.explorer.app.port.ComparisonRunColumn;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.ui.task.TaskList;

/**
 * Runs columns together as one comparison run: one candidate set drawn once and given to every column, and the
 * grouping of the stored runs kept so the comparison can be reopened or run again.
 */
final class ComparisonRuns {
    /** The candidates of the latest comparison run, reused when a column of it runs alone on the same profile. */
    private record Frozen(String profileHash, List<Item> items) {
    }

    private final RecommendationService service;
    private final Background background;
    private final TaskList tasks;
    private final ComparisonRepository comparisons;
    private final Clock clock;
    private final RunSlots slots;
    private final StringProperty message;
    private Frozen frozen = new Frozen("", List.of());

    ComparisonRuns(RecommendationService service, TaskList tasks, ComparisonRepository comparisons,
                   Clock clock, RunSlots slots, StringProperty message) {
        this.service = service;
        this.background = tasks.background();
        this.tasks = tasks;
        this.comparisons = comparisons;
        this.clock = clock;
        this.slots = slots;
        this.message = message;
    }

    /**
     * Draws the candidates once (as the first column that ranks candidates asks for them), records the comparison
     * run, then queues every column with those candidates. Columns still running are left out.
     */
    void runTogether(List<RunColumnViewModel> chosen, RunContext context, String rerunOf) {
        List<RunColumnViewModel> columns = chosen.stream()
                .filter(c -> c.stateProperty().get() != RunColumnViewModel.State.RUNNING).toList();
        if (columns.isEmpty()) {
            message.set("Every column is running already.");
            return;
        }
        List<RecommendationRequest> requests = new ArrayList<>();
        try {
            for (RunColumnViewModel column : columns) {
                requests.add(context.request(column.configurationProperty().get(), List.of()));
            }
        } catch (IllegalArgumentException e) {
            message.set("Column " + (requests.size() + 1) + ": " + e.getMessage());
            return;
        }
        RecommendationRequest probe = requests.stream().filter(r -> r.strategy().ranksCandidates()).findFirst()
                .orElse(null);
        Profile profile = requests.get(0).profile();
        ComparisonRun header = new ComparisonRun(UUID.randomUUID().toString(), clock.instant(), profile.id(),
                profile.name(), rerunOf, List.of());
        message.set(probe == null ? "Running " + columns.size() + " columns…"
                : "Drawing one candidate set for all columns…");
        background.run("start comparison run", () -> {
            comparisons.startRun(header);
            PreparedRun prepared = probe == null ? null : service.prepare(probe);
            return prepared == null || prepared.candidates() == null ? List.<Item>of() : prepared.candidates().items();
        }, items -> {
            frozen = new Frozen(profile.fingerprint(), items);
            for (int i = 0; i < columns.size(); i++) {
                RunColumnViewModel column = columns.get(i);
                column.setOnStored(recorder(header.id(), i));
                column.queue(Requests.withCandidates(requests.get(i), items), slots);
            }
            String about = columns.size() + " columns on \"" + profile.name() + "\""
                    + (items.isEmpty() ? "." : " with the same " + items.size() + " candidates.");
            message.set("Running " + about);
            whenAllEnded(columns, () -> {
                if (message.get().equals("Running " + about)) {
                    message.set("Ran " + about);
                }
            });
        }, error -> message.set("Could not start the comparison: " + error.getMessage()));
    }

    private static void whenAllEnded(List<RunColumnViewModel> columns, Runnable then) {
        List<ChangeListener<RunColumnViewModel.State>> listeners = new ArrayList<>();
        Runnable check = () -> {
            if (columns.stream().allMatch(ComparisonRuns::ended)) {
                for (int i = 0; i < columns.size(); i++) {
                    columns.get(i).stateProperty().removeListener(listeners.get(i));
                }
                then.run();
            }
        };
        for (RunColumnViewModel column : columns) {
            ChangeListener<RunColumnViewModel.State> listener = (o, old, now) -> check.run();
            listeners.add(listener);
            column.stateProperty().addListener(listener);
        }
        check.run();
    }

    private static boolean ended(RunColumnViewModel column) {
        return switch (column.stateProperty().get()) {
            case COMPLETED, PARSE_FAILED, FAILED, CANCELLED -> true;
            case IDLE, WAITING, RUNNING -> false;
        };
    }

    /** Runs one column; it stays part of its comparison run only while the profile is the one it ran on. */
    void runAlone(RunColumnViewModel column, RunContext context) {
        RecommendationRequest request;
        try {
            request = context.request(column.configurationProperty().get(), List.of());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        if (frozen.profileHash().equals(request.profile().fingerprint())) {
            request = Requests.withCandidates(request, frozen.items());
        } else {
            column.setOnStored((config, repeat, run) -> { });
        }
        message.set("");
        column.queue(request, slots);
    }

    private RunColumnViewModel.StoredListener recorder(String comparisonRunId, int columnIndex) {
        return (configuration, repeat, run) -> comparisons.recordRun(comparisonRunId,
                new ComparisonRunColumn(columnIndex, repeat, configuration, run.id()));
    }

    /** Columns showing the stored runs of a comparison run as they were, in column order. */
    List<RunColumnViewModel> reopen(ComparisonRun run, List<RunRecord> stored, Function<ColumnConfiguration,
            String> strategyName) {
        Map<String, RunRecord> byId = stored.stream().collect(Collectors.toMap(RunRecord::id, r -> r, (a, b) -> a));
        List<RunColumnViewModel> columns = new ArrayList<>();
        for (List<ComparisonRunColumn> column : byColumn(run).values()) {
            List<RunRecord> repeats = column.stream().map(c -> byId.get(c.runId())).filter(r -> r != null).toList();
            if (!repeats.isEmpty()) {
                ColumnConfiguration configuration = column.get(0).configuration();
                columns.add(RunColumnViewModel.stored(service, tasks, repeats, configuration,
                        strategyName.apply(configuration)));
            }
        }
        return columns;
    }

    /** The configuration of each column of a comparison run, in column order. */
    static List<ColumnConfiguration> configurations(ComparisonRun run) {
        return byColumn(run).values().stream().map(c -> c.get(0).configuration()).toList();
    }

    private static Map<Integer, List<ComparisonRunColumn>> byColumn(ComparisonRun run) {
        return run.runs().stream().sorted(Comparator.comparingInt(ComparisonRunColumn::columnIndex)
                        .thenComparingInt(ComparisonRunColumn::repeatIndex))
                .collect(Collectors.groupingBy(ComparisonRunColumn::columnIndex, LinkedHashMap::new,
                        Collectors.toList()));
    }
}
