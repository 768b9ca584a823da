package org.llm4rec.explorer.ui.judge;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.RaterName;
import org.llm4rec.explorer.app.port.JudgeRepository;
import org.llm4rec.explorer.app.port.ProfileRepository;
import org.llm4rec.explorer.app.port.RunRepository;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.judge.Rating;
import org.llm4rec.explorer.domain.judge.RubricScores;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.ui.results.ResultsViewModel;
import org.llm4rec.explorer.ui.task.TaskList;

/**
 * Human evaluation: who is rating, the ratings of the runs on screen, and the blind A/B sessions and leaderboard.
 */
public final class JudgeViewModel {
    static final String NOT_RATED = "Not rated";
    private final JudgeRepository judgements;
    private final RaterName raterName;
    private final RunRepository runs;
    private final ProfileRepository profiles;
    private final ResultsViewModel results;
    private final TaskList tasks;
    private final Background background;
    private final Clock clock;
    private final Supplier<String> ids;
    private final Function<String, String> strategyName;
    private final AgreementViewModel agreement;
    private final ColumnJudgeViewModel columnJudge;
    private final PairwiseJudgeViewModel pairwise;
    private final StringProperty rater = new SimpleStringProperty("");
    private final Map<String, ObservableList<Rating>> ratingsByRun = new HashMap<>();
    private final Map<String, StringProperty> summaries = new HashMap<>();

    /**
     * @param strategyName a strategy's display name from its id
     * @param agreement    the model judge panel
     */
    public JudgeViewModel(JudgeRepository judgements, RaterName raterName, RunRepository runs,
                          ProfileRepository profiles, ResultsViewModel results, TaskList tasks, Clock clock,
                          Supplier<String> ids, Function<String, String> strategyName, AgreementViewModel agreement) {
        this.judgements = judgements;
        this.raterName = raterName;
        this.runs = runs;
        this.profiles = profiles;
        this.results = results;
        this.tasks = tasks;
        this.background = tasks.background();
        this.clock = clock;
        this.ids = ids;
        this.strategyName = strategyName;
        this.agreement = agreement;
        this.columnJudge = new ColumnJudgeViewModel(agreement, results, tasks);
        this.pairwise = new PairwiseJudgeViewModel(agreement, results, tasks);
        // Saving starts only once the stored name is in, so that reading it does not write it back.
        this.background.run("read rater name", raterName::get, stored -> {
            rater.set(stored);
            rater.addListener((o, old, name) -> this.background.run("save rater name", () -> {
                raterName.set(name);
                return name;
            }, saved -> { }, failure -> { }));
        }, failure -> { });
    }

    /** The name ratings and votes are signed with; changing it saves it. */
    public StringProperty raterProperty() {
        return rater;
    }

    /** A one-line summary of the ratings of one explanation, kept current as ratings are saved. */
    public ReadOnlyStringProperty ratingSummary(RunRecord run, int rank) {
        StringProperty summary = summaries.computeIfAbsent(run.id() + "#" + rank,
                key -> new SimpleStringProperty(""));
        ObservableList<Rating> ratings = ratingsOf(run.id());
        summary.set(summarise(ratings, run.id(), rank));
        return summary;
    }

    /** A rating form for one explanation, filled with this rater's earlier rating when there is one. */
    public RatingViewModel rate(RunRecord run, Recommendation item) {
        Rating earlier = ratingsOf(run.id()).stream()
                .filter(r -> r.isFor(run.id(), item.rank()) && r.rater().equals(rater.get()))
                .findFirst().orElse(null);
        return new RatingViewModel(this, run, item, earlier);
    }

    /** Model judges and their agreement with the ratings and votes people gave. */
    public AgreementViewModel agreement() {
        return agreement;
    }

    /** A model judge's scores of every explanation in the result columns. */
    public ColumnJudgeViewModel columnJudge() {
        return columnJudge;
    }

    /** A model judge's verdicts on the pairs of two result columns' explanations. */
    public PairwiseJudgeViewModel pairwise() {
        return pairwise;
    }

    public BlindAbViewModel blindSession(long seed) {
        return new BlindAbViewModel(this, seed);
    }

    public LeaderboardViewModel leaderboard() {
        return new LeaderboardViewModel(judgements, background, this::displayName);
    }

    void save(Rating rating, Runnable onSaved, Consumer<Throwable> onFailure) {
        background.run("save rating", () -> {
            judgements.saveRating(rating);
            return judgements.ratingsOf(rating.runId());
        }, stored -> {
            ratingsOf(rating.runId()).setAll(stored);
            onSaved.run();
        }, onFailure);
    }

    private ObservableList<Rating> ratingsOf(String runId) {
        return ratingsByRun.computeIfAbsent(runId, id -> {
            ObservableList<Rating> list = FXCollections.observableArrayList();
            list.addListener((ListChangeListener<Rating>) change -> refreshSummaries(id));
            background.run("read ratings", () -> judgements.ratingsOf(id), list::setAll, failure -> { });
            return list;
        });
    }

    private void refreshSummaries(String runId) {
        String prefix = runId + "#";
        ObservableList<Rating> ratings = ratingsByRun.get(runId);
        summaries.forEach((key, summary) -> {
            if (key.startsWith(prefix)) {
                summary.set(summarise(ratings, runId, Integer.parseInt(key.substring(prefix.length()))));
            }
        });
    }

    static String summarise(List<Rating> ratings, String runId, int rank) {
        List<Rating> mine = ratings.stream().filter(r -> r.isFor(runId, rank)).toList();
        if (mine.isEmpty()) {
            return NOT_RATED;
        }
        double mean = mine.stream().mapToDouble(r -> r.scores().mean()).average().orElse(0);
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "★ %.1f", mean));
        if (mine.size() == 1) {
            RubricScores s = mine.get(0).scores();
            text.append(String.format(Locale.ROOT, " · R%d S%d P%d F%d · %s", s.relevance(), s.specificity(),
                    s.persuasiveness(), s.faithfulness(), mine.get(0).rater()));
        } else {
            text.append(" · ").append(mine.size()).append(" raters");
        }
        return text.toString();
    }

    /** How a leaderboard key or a run is named once revealed. */
    String displayName(String strategyId) {
        return strategyName.apply(strategyId);
    }

    String label(RunRecord run) {
        return displayName(run.strategyId()) + " · " + run.model();
    }

    JudgeRepository judgements() {
        return judgements;
    }

    RunRepository runs() {
        return runs;
    }

    ProfileRepository profiles() {
        return profiles;
    }

    ResultsViewModel results() {
        return results;
    }

    Background background() {
        return background;
    }

    TaskList tasks() {
        return tasks;
    }

    Clock clock() {
        return clock;
    }

    String newId() {
        return ids.get();
    }
}
