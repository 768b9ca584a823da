package org.llm4rec.explorer.ui.results;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.PreparedRun;
import org.llm4rec.explorer.app.RecommendationRequest;
import org.llm4rec.explorer.app.RecommendationService;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.Recommendation;
import org.llm4rec.explorer.domain.RunRecord;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.ContextWindow;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmMetrics;
import org.llm4rec.explorer.domain.prompt.PromptSegment;

/** One column of the results: one configuration run on one profile, streaming, then its grounded list. */
public final class RunColumnViewModel {
    /** Where the column is. */
    public enum State { RUNNING, COMPLETED, PARSE_FAILED, FAILED, CANCELLED }

    private static final DateTimeFormatter STORED_AT =
            DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private final RecommendationService service;
    private final Background background;
    private final RecommendationRequest request;
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty subtitle = new SimpleStringProperty();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.RUNNING);
    private final StringProperty streamed = new SimpleStringProperty("");
    private final StringProperty thinking = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("Waiting for the first token…");
    private final StringProperty metrics = new SimpleStringProperty("");
    private final StringProperty prompt = new SimpleStringProperty("");
    private final StringProperty steps = new SimpleStringProperty("");
    private final ObservableList<Recommendation> recommendations = FXCollections.observableArrayList();
    private final ObservableList<PromptSegment> promptParts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RunRecord> run = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty stale = new SimpleBooleanProperty();
    private final String profileId;
    private final String profileHash;
    private final BooleanProperty cached = new SimpleBooleanProperty();
    private final StringProperty missingModel = new SimpleStringProperty("");
    private Consumer<String> onPull = model -> { };
    private final Cancellation cancellation = new Cancellation();
    private Runnable onFinished = () -> { };
    private Future<?> work;

    public RunColumnViewModel(RecommendationService service, Background background, RecommendationRequest request) {
        this.service = service;
        this.background = background;
        this.request = request;
        title.set(request.strategy().name());
        subtitle.set(request.model().name() + " · " + request.profile().name());
        profileId = request.profile().id();
        profileHash = request.profile().fingerprint();
    }

    /** A column showing a stored run exactly as it was, without running anything. */
    static RunColumnViewModel stored(RunRecord record, String strategyName) {
        RunColumnViewModel column = new RunColumnViewModel(record, strategyName);
        column.thinking.set(record.thinking());
        column.show(record);
        return column;
    }

    private RunColumnViewModel(RunRecord record, String strategyName) {
        this.service = null;
        this.background = null;
        this.request = null;
        profileId = record.profileId();
        profileHash = record.profileHash();
        title.set(strategyName);
        subtitle.set(record.model() + " · " + record.profileName() + " · " + STORED_AT.format(record.createdAt()));
    }

    void setOnFinished(Runnable onFinished) {
        this.onFinished = onFinished;
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

    /** Starts the run in the background; the prompt shows at once, the answer as it streams. */
    void start() {
        TextBatcher text = new TextBatcher(background.ui(), chunk -> {
            if (streamed.get().isEmpty()) {
                message.set("Streaming…");
            }
            streamed.set(streamed.get() + chunk);
        });
        TextBatcher thoughts = new TextBatcher(background.ui(), chunk -> thinking.set(thinking.get() + chunk));
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
        // Drawing candidates reads the store, so the prompt is built in the background too; a template the user
        // broke then ends the run with its message rather than a crash.
        work = background.run("recommend", () -> {
            PreparedRun prepared = service.prepare(request);
            var rendered = prepared.prompt().prompt();
            background.ui().execute(() -> {
                prompt.set(rendered.text());
                promptParts.setAll(rendered.segments());
            });
            return service.recommend(prepared, listener, cancellation);
        }, finished -> {
            text.flush();
            thoughts.flush();
            show(finished);
        }, this::fail);
    }

    /**
     * Marks the column stale when it was made from an older version of this profile. Columns of other profiles,
     * and runs stored before fingerprints were recorded, are left alone: there is nothing to compare them with.
     */
    void markStaleAgainst(Profile current) {
        stale.set(current != null && current.id().equals(profileId) && profileHash != null
                && !profileHash.equals(current.fingerprint()));
    }

    /** The request this column ran, empty for a stored run shown again. */
    Optional<RecommendationRequest> request() {
        return Optional.ofNullable(request);
    }

    public void cancel() {
        cancellation.cancel();
        if (work != null && state.get() == State.RUNNING) {
            message.set("Cancelling…");
        }
    }

    private void show(RunRecord record) {
        run.set(record);
        prompt.set(record.prompt());
        steps.set(RunSteps.describe(record));
        streamed.set(record.rawResponse());
        recommendations.setAll(record.recommendations());
        metrics.set(describe(record.metrics()));
        cached.set(record.metrics() != null && record.metrics().cached());
        missingModel.set(record.failure() == LlmFailure.MODEL_NOT_FOUND ? record.model() : "");
        state.set(State.valueOf(record.status().name()));
        message.set(switch (record.status()) {
            case COMPLETED -> summary(record) + (record.message().isBlank() ? "" : " " + record.message());
            case PARSE_FAILED -> "The answer could not be read as a list. " + record.message()
                    + " The raw answer is shown below.";
            case FAILED, CANCELLED -> record.message();
        });
        onFinished.run();
    }

    private void fail(Throwable error) {
        state.set(State.FAILED);
        message.set(error.getMessage() == null ? error.toString() : error.getMessage());
        onFinished.run();
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

    public StringProperty streamedProperty() {
        return streamed;
    }

    public StringProperty thinkingProperty() {
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
