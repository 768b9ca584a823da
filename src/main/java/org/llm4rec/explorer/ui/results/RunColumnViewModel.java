package org.llm4rec.explorer.ui.results;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.PreparedRun;
import org.llm4rec.explorer.app.RecommendationRequest;
import org.llm4rec.explorer.app.RecommendationService;
import org.llm4rec.explorer.app.port.ColumnConfiguration;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmMetrics;
import org.llm4rec.explorer.domain.prompt.PromptSegment;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.run.RunStatus;
import org.llm4rec.explorer.ui.MessageProperty;
import org.llm4rec.explorer.ui.task.BackgroundTask;
import org.llm4rec.explorer.ui.task.TaskList;

/**
 * One column of the comparison: a configuration (strategy, model, options, repeats) and what its latest run
 * showed, streaming, then its grounded list. Repeats are kept in {@link #repeats()}; one of them is shown.
 */
public final class RunColumnViewModel {
    /** Hears of each run of the column right after it is stored, on the background thread. */
    @FunctionalInterface
    interface StoredListener {
        void stored(ColumnConfiguration configuration, int repeatIndex, RunRecord run);
    }

    /** Where the column is. */
    public enum State { IDLE, WAITING, RUNNING, COMPLETED, PARSE_FAILED, FAILED, CANCELLED }

    /** Items asked for when a stored run does not tell (it keeps the list, not the count asked). */
    private static final int DEFAULT_COUNT = 10;
    private static final DateTimeFormatter STORED_AT =
            DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private final RecommendationService service;
    private final Background background;
    private final BackgroundTask task;
    private final ObjectProperty<ColumnConfiguration> configuration = new SimpleObjectProperty<>();
    private RecommendationRequest request;
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty subtitle = new SimpleStringProperty();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.IDLE);
    private final StreamedText streamed = new StreamedText();
    private final StreamedText thinking = new StreamedText();
    private final StringProperty message = new MessageProperty("Not run yet: press Run all, or Run above to run this column alone.");
    private final StringProperty metrics = new SimpleStringProperty("");
    private final StringProperty prompt = new SimpleStringProperty("");
    private final StringProperty steps = new SimpleStringProperty("");
    private final ObservableList<Recommendation> recommendations = FXCollections.observableArrayList();
    private final ObservableList<PromptSegment> promptParts = FXCollections.observableArrayList();
    private final ObservableList<RunRecord> repeats = FXCollections.observableArrayList();
    private final IntegerProperty shownRepeat = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<RunRecord> run = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty stale = new SimpleBooleanProperty();
    private final BooleanProperty collapsed = new SimpleBooleanProperty();
    private String profileId;
    private String profileHash;
    private String profileName;
    private final BooleanProperty cached = new SimpleBooleanProperty();
    private final StringProperty missingModel = new SimpleStringProperty("");
    private Consumer<String> onPull = model -> { };
    private Runnable onFinished = () -> { };
    private StoredListener onStored = (config, repeat, stored) -> { };
    private Runnable waitingStart;
    private RunSlots slots;

    /** A column for a configuration, not run yet. */
    RunColumnViewModel(RecommendationService service, TaskList tasks, ColumnConfiguration configuration,
                       String strategyName) {
        this.service = service;
        this.background = tasks.background();
        this.task = tasks.create().onCancel(() -> message.set("Cancelling…"));
        task.messageProperty().bind(message);
        this.configuration.set(configuration);
        title.set(strategyName);
        subtitle.set(configuration.model());
        this.configuration.addListener((o, old, now) -> subtitle.set(now.model()
                + (profileName == null ? "" : " · " + profileName)));
    }

    /** A column for the request, not run yet. */
    public RunColumnViewModel(RecommendationService service, TaskList tasks, RecommendationRequest request) {
        this(service, tasks, request.configuration(), request.strategy().name());
        this.request = request;
        describeProfile(request.profile());
    }

    /** A column showing stored runs exactly as they were, without running anything. */
    static RunColumnViewModel stored(RecommendationService service, TaskList tasks, List<RunRecord> runs,
                                     ColumnConfiguration configuration, String strategyName) {
        RunColumnViewModel column = new RunColumnViewModel(service, tasks, configuration, strategyName);
        RunRecord first = runs.get(0);
        column.profileId = first.profileId();
        column.profileHash = first.profileHash();
        column.subtitle.set(first.model() + " · " + first.profileName() + " · " + STORED_AT.format(first.createdAt()));
        column.repeats.setAll(runs);
        column.showRepeat(0);
        return column;
    }

    /** A stored run's configuration: its strategy, model and options, run once. */
    static ColumnConfiguration configurationOf(RunRecord record) {
        int count = record.recommendations().isEmpty() ? DEFAULT_COUNT : record.recommendations().size();
        return new ColumnConfiguration(record.strategyId(), record.model(), record.options(), count, null, 1);
    }

    void setOnFinished(Runnable onFinished) {
        this.onFinished = onFinished;
    }

    /** Called on the background thread right after each run of this column is stored. */
    void setOnStored(StoredListener onStored) {
        this.onStored = onStored;
    }

    void setOnPull(Consumer<String> onPull) {
        this.onPull = onPull;
    }

    /** Pulls the model this run found missing. */
    public void pullMissingModel() {
        if (!missingModel.get().isEmpty()) {
            onPull.accept(missingModel.get());
        }
    }

    /**
     * Runs the column's repeats of the request when one of the slots is free; until then it waits. Earlier
     * results are cleared; the first repeat streams into the column, later ones are added as they end.
     */
    void queue(RecommendationRequest base, RunSlots runSlots) {
        if (state.get() == State.RUNNING) {
            return;
        }
        cancel();
        request = base;
        slots = runSlots;
        describeProfile(base.profile());
        repeats.clear();
        shownRepeat.set(-1);
        run.set(null);
        recommendations.clear();
        streamed.set("");
        thinking.set("");
        prompt.set("");
        steps.set("");
        metrics.set("");
        cached.set(false);
        missingModel.set("");
        state.set(State.WAITING);
        message.set("Waiting for a free slot (runs at once: " + runSlots.limitProperty().get() + ")…");
        waitingStart = this::start;
        runSlots.submit(waitingStart);
    }

    private void describeProfile(Profile profile) {
        profileId = profile.id();
        profileHash = profile.fingerprint();
        profileName = profile.name();
        subtitle.set(configuration.get().model() + " · " + profile.name());
    }

    /** Runs every repeat in one background task, one after another: they share the column's slot. */
    private void start() {
        waitingStart = null;
        state.set(State.RUNNING);
        message.set("Waiting for the first token…");
        ColumnConfiguration config = configuration.get();
        RecommendationRequest base = request;
        TextBatcher text = new TextBatcher(background.ui(), chunk -> {
            if (streamed.isEmpty()) {
                message.set("Streaming…");
            }
            streamed.append(chunk);
        });
        TextBatcher thoughts = new TextBatcher(background.ui(), thinking::append);
        LlmListener listener = new LlmListener() {
            @Override
            public void onText(String chunk) {
                text.append(chunk);
            }

            @Override
            public void onThinking(String chunk) {
                thoughts.append(chunk);
            }

            @Override
            public void onRestart() {
                background.ui().execute(() -> {
                    text.flush();
                    thoughts.flush();
                    streamed.set("");
                    thinking.set("");
                    message.set("The server failed while answering; another server is asked…");
                });
            }
        };
        LlmListener quiet = chunk -> { };
        // Drawing candidates reads the store, so the prompt is built in the background too; a template the user
        // broke then ends the run with its message rather than a crash.
        task.progressProperty().set(BackgroundTask.INDETERMINATE);
        task.run(config.model() + " · " + title.get(), run -> {
            Cancellation cancel = run.cancellation();
            for (int i = 0; i < config.repeats() && !cancel.isCancelled(); i++) {
                PreparedRun prepared = service.prepare(Requests.repeat(base, config, i));
                if (i == 0) {
                    var rendered = prepared.prompt().prompt();
                    background.ui().execute(() -> {
                        prompt.set(rendered.text());
                        promptParts.setAll(rendered.segments());
                    });
                }
                RunRecord stored = service.recommend(prepared, i == 0 ? listener : quiet, cancel);
                onStored.stored(config, i, stored);
                int done = i + 1;
                background.ui().execute(() -> added(stored, done, config.repeats(), text, thoughts));
                if (stored.status() == RunStatus.FAILED || stored.status() == RunStatus.CANCELLED) {
                    break;
                }
            }
            return null;
        }, finished -> finish(), this::fail);
    }

    private void added(RunRecord stored, int done, int of, TextBatcher text, TextBatcher thoughts) {
        repeats.add(stored);
        if (repeats.size() == 1) {
            text.flush();
            thoughts.flush();
            showRepeat(0);
        }
        if (done < of) {
            task.progressProperty().set((double) done / of);
            message.set("Repeat " + (done + 1) + " of " + of + " running… " + message.get());
        }
    }

    private void finish() {
        if (!repeats.isEmpty()) {
            showRepeat(Math.max(0, shownRepeat.get()));
        } else {
            state.set(State.CANCELLED);
            message.set("Cancelled before the first answer.");
        }
        ended();
    }

    private void ended() {
        if (slots != null) {
            slots.release();
            slots = null;
        }
        onFinished.run();
    }

    /**
     * Marks the column stale when it was made from an older version of this profile. Columns of other profiles,
     * and runs stored before fingerprints were recorded, are left alone: there is nothing to compare them with.
     */
    void markStaleAgainst(Profile current) {
        stale.set(current != null && current.id().equals(profileId) && profileHash != null
                && !profileHash.equals(current.fingerprint()));
    }

    /** The request this column last ran, empty when it has not run in this session. */
    Optional<RecommendationRequest> request() {
        return Optional.ofNullable(request);
    }

    /** Cancels the running repeat and those after it; a column still waiting for a slot does not start. */
    public void cancel() {
        if (waitingStart != null && slots != null && slots.withdraw(waitingStart)) {
            waitingStart = null;
            slots = null;
            state.set(State.CANCELLED);
            message.set("Cancelled before it started.");
            onFinished.run();
        } else {
            task.cancel();
        }
    }

    /** Shows one of the column's repeats (0 for the first); the others stay in {@link #repeats()}. */
    public void showRepeat(int index) {
        if (index < 0 || index >= repeats.size()) {
            return;
        }
        shownRepeat.set(index);
        RunRecord record = repeats.get(index);
        run.set(record);
        prompt.set(record.prompt());
        steps.set(RunSteps.describe(record));
        streamed.set(record.rawResponse());
        thinking.set(record.thinking());
        recommendations.setAll(record.recommendations());
        metrics.set(describe(record.metrics()));
        cached.set(record.metrics() != null && record.metrics().cached());
        missingModel.set(record.failure() == LlmFailure.MODEL_NOT_FOUND ? record.model() : "");
        if (!task.runningProperty().get()) {
            state.set(State.valueOf(record.status().name()));
        }
        message.set((repeats.size() > 1 ? "Repeat " + (index + 1) + " of " + repeats.size() + " (seed "
                + record.options().seed() + "): " : "") + switch (record.status()) {
            case COMPLETED -> summary(record) + (record.message().isBlank() ? "" : " " + record.message());
            case PARSE_FAILED -> "The answer could not be read as a list. " + record.message()
                    + " The raw answer is shown below.";
            case FAILED, CANCELLED -> record.message();
        });
    }

    private void fail(Throwable error) {
        state.set(State.FAILED);
        message.set(error.getMessage() == null ? error.toString() : error.getMessage());
        ended();
    }

    private static String summary(RunRecord record) {
        long grounded = record.recommendations().stream().filter(r -> r.grounding().grounded()).count();
        long hits = record.recommendations().stream().filter(Recommendation::hit).count();
        return record.recommendations().size() + " items, " + grounded + " found in the catalogue"
                + (hits > 0 ? ", " + hits + " hit(s) on the held-out target" : "") + ".";
    }

    static String describe(LlmMetrics m) {
        if (m == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (m.timeToFirstTokenMs() != null) {
            text.append("first token ").append(seconds(m.timeToFirstTokenMs())).append(" · ");
        }
        text.append("total ").append(seconds(m.totalMs()));
        if (m.loadMs() != null) {
            text.append(" · load ").append(seconds(m.loadMs()));
        }
        if (m.promptTokens() != null) {
            text.append(" · ").append(m.promptTokens()).append(" prompt tok");
        }
        if (m.outputTokens() != null) {
            text.append(" · ").append(m.outputTokens()).append(" output tok");
        }
        Double rate = m.tokensPerSecond();
        if (rate != null) {
            text.append(String.format(Locale.ROOT, " · %.1f tok/s", rate));
        }
        if (m.servedBy() != null) {
            text.append(" · ").append(m.cached() ? "first answered by " : "served by ").append(m.servedBy());
        }
        return text.toString();
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.2f s", ms / 1000.0);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty subtitleProperty() {
        return subtitle;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    /** The answer as it streams in, then the raw answer of the repeat shown. */
    public StreamedText streamed() {
        return streamed;
    }

    /** What a thinking model wrote before its answer, as it streams in. */
    public StreamedText thinking() {
        return thinking;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty metricsProperty() {
        return metrics;
    }

    public StringProperty promptProperty() {
        return prompt;
    }

    /** The candidates shown and every call of a multi-call run, as text; empty for a plain single call. */
    public StringProperty stepsProperty() {
        return steps;
    }

    /**
     * The prompt split into its parts (instruction, history, candidates…), known for runs made in this session and
     * for exports that recorded them; empty when only the prompt's text is known.
     */
    public ObservableList<PromptSegment> promptParts() {
        return promptParts;
    }

    public ObservableList<Recommendation> recommendations() {
        return recommendations;
    }

    /** True when the profile changed after this run was made; the results stay for comparison. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale;
    }

    /** True for columns run in this session, which can be run again in one step. */
    public boolean canRunAgain() {
        return request != null;
    }

    /** What the column runs; editing it changes the next run, not the results shown. */
    public ObjectProperty<ColumnConfiguration> configurationProperty() {
        return configuration;
    }

    /**
     * Every stored run of the column's latest run, by repeat index (seed s, s+1, ...): filled as repeats end,
     * cleared when the column runs again. The same {@link ObservableList} instance for the column's whole life.
     */
    public ObservableList<RunRecord> repeats() {
        return repeats;
    }

    /** Which of {@link #repeats()} is shown, -1 before the first ends. */
    public ReadOnlyIntegerProperty shownRepeatProperty() {
        return shownRepeat;
    }

    /** Shown as a narrow strip with the title only. */
    public BooleanProperty collapsedProperty() {
        return collapsed;
    }

    /** True when the answer came from the response cache. */
    public BooleanProperty cachedProperty() {
        return cached;
    }

    /** The model the run found not installed, which the column offers to pull; empty otherwise. */
    public StringProperty missingModelProperty() {
        return missingModel;
    }

    public ReadOnlyObjectProperty<RunRecord> runProperty() {
        return run.getReadOnlyProperty();
    }
}
