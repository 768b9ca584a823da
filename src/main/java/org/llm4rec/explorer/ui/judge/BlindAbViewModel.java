package org.llm4rec.explorer.ui.judge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.judge.BlindPair;
import org.llm4rec.explorer.domain.judge.BlindPlan;
import org.llm4rec.explorer.domain.judge.BlindSide;
import org.llm4rec.explorer.domain.judge.Choice;
import org.llm4rec.explorer.domain.judge.PairKind;
import org.llm4rec.explorer.domain.judge.Vote;
import org.llm4rec.explorer.domain.prompt.PromptLists;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.ui.MessageProperty;
import org.llm4rec.explorer.ui.results.RunColumnViewModel;
import org.llm4rec.explorer.ui.task.BackgroundTask;

/**
 * A blind A/B session. The sources stay hidden until the whole session ends: once a source is known, its
 * swapped re-show would be recognised and the position-bias measurement would be spoilt. Only anonymous texts of
 * the current pair leave this class while voting.
 */
public final class BlindAbViewModel {
    /** Where the session is. */
    public enum Stage { SETUP, VOTING, DONE }

    static final int MAX_PAIRS = 40;
    private static final int STORED_RUNS_LOOKED_AT = 500;

    private final JudgeViewModel judge;
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.SETUP);
    private final BooleanProperty explanations = new SimpleBooleanProperty(true);
    private final BooleanProperty lists = new SimpleBooleanProperty(true);
    private final BooleanProperty includeStored = new SimpleBooleanProperty(false);
    private final DoubleProperty swapShare = new SimpleDoubleProperty(0.2);
    private final ObjectProperty<Long> seed = new SimpleObjectProperty<>();
    private final StringProperty message = new MessageProperty();
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty question = new SimpleStringProperty("");
    private final StringProperty leftText = new SimpleStringProperty("");
    private final StringProperty rightText = new SimpleStringProperty("");
    private final IntegerProperty position = new SimpleIntegerProperty();
    private final BackgroundTask pairing;
    private final ObservableList<Reveal> reveals = FXCollections.observableArrayList();
    private final List<Vote> votes = new ArrayList<>();
    private final StringProperty profileText = new SimpleStringProperty("");
    private List<BlindPair> pairs = List.of();
    private Map<String, String> profileTexts = Map.of();
    private String sessionId = "";

    /**
     * One judged pair with its sources, listed only when the session is over.
     *
     * @param number  order shown, from 1
     * @param shown   what was compared ("list" or the item title)
     * @param left    source of side A
     * @param right   source of side B
     * @param swapped whether it was the swapped re-show
     * @param choice  the verdict
     */
    public record Reveal(int number, String shown, String left, String right, boolean swapped, Choice choice) {
    }

    BlindAbViewModel(JudgeViewModel judge, long initialSeed) {
        this.judge = judge;
        this.pairing = judge.tasks().create().notCancellable();
        seed.set(initialSeed);
    }

    /** Builds the pairs from the result columns (and stored runs of the same profiles, when asked) and starts. */
    public void start() {
        List<RunRecord> onScreen = judge.results().columns().stream()
                .map(RunColumnViewModel::runProperty).map(p -> p.get()).filter(Objects::nonNull).toList();
        BlindPlan plan;
        try {
            plan = new BlindPlan(explanations.get(), lists.get(), swapShare.get(),
                    seed.get() == null ? 0 : seed.get(), MAX_PAIRS);
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        if (!explanations.get() && !lists.get()) {
            message.set("Tick explanations, whole lists or both to compare.");
            return;
        }
        boolean stored = includeStored.get();
        pairing.run("Build blind A/B pairs", run -> {
            List<RunRecord> candidates = new ArrayList<>(onScreen);
            if (stored) {
                var profiles = onScreen.stream().map(RunRecord::profileId).collect(Collectors.toSet());
                judge.runs().recent(STORED_RUNS_LOOKED_AT).stream()
                        .filter(r -> profiles.contains(r.profileId())).forEach(candidates::add);
            }
            List<BlindPair> built = plan.pairs(candidates, judge::label);
            Map<String, String> histories = new HashMap<>();
            for (BlindPair pair : built) {
                histories.computeIfAbsent(pair.profileId(), id -> judge.profiles().find(id)
                        .map(BlindAbViewModel::describe).orElse(""));
            }
            return Map.entry(built, histories);
        }, built -> begin(built.getKey(), built.getValue()), failure -> message.set("The pairs could not be built: "
                + failure.getMessage()));
    }

    /** The profile as the rater needs it to judge relevance: its name and what it has read. */
    static String describe(Profile profile) {
        String read = profile.visibleHistory().stream()
                .map(e -> e.item().title() + (e.rating() == null ? "" : " (" + PromptLists.rating(e.rating())
                        + "\u2605)"))
                .collect(Collectors.joining("; "));
        return profile.name() + (read.isEmpty() ? "" : " \u2014 history: " + read);
    }

    private void begin(List<BlindPair> built, Map<String, String> histories) {
        if (built.isEmpty()) {
            message.set("Nothing to compare yet: blind A/B needs at least two finished result columns for the same "
                    + "profile, with different strategies or models (tick \"stored runs\" to add earlier runs of "
                    + "that profile). Explanation pairs also need an item both lists recommend.");
            return;
        }
        pairs = built;
        profileTexts = histories;
        sessionId = judge.newId();
        votes.clear();
        reveals.clear();
        message.set("");
        position.set(0);
        showCurrent();
        stage.set(Stage.VOTING);
    }

    /** Records the verdict on the pair shown and moves on; does nothing outside voting. */
    public void vote(Choice choice) {
        if (stage.get() != Stage.VOTING) {
            return;
        }
        String name = judge.raterProperty().get();
        if (name == null || name.isBlank()) {
            message.set("Set your name as rater in Settings first, so that votes say who cast them.");
            return;
        }
        BlindPair pair = pairs.get(position.get());
        Vote vote = pair.vote(judge.newId(), sessionId, choice, name, judge.clock().instant());
        votes.add(vote);
        judge.background().run("save vote", () -> {
            judge.judgements().saveVote(vote);
            return vote;
        }, saved -> { }, failure -> message.set("A vote could not be saved: " + failure.getMessage()));
        if (position.get() + 1 < pairs.size()) {
            position.set(position.get() + 1);
            showCurrent();
        } else {
            finish();
        }
    }

    /** Ends the session early; the votes cast so far count and the sources are revealed. */
    public void finish() {
        if (stage.get() != Stage.VOTING) {
            return;
        }
        List<Reveal> shown = new ArrayList<>();
        for (int i = 0; i < votes.size(); i++) {
            BlindPair pair = pairs.get(i);
            shown.add(new Reveal(i + 1, pair.kind() == PairKind.LIST ? "whole list" : pair.itemTitle(),
                    pair.left().source().label(), pair.right().source().label(), pair.swapped(),
                    votes.get(i).choice()));
        }
        reveals.setAll(shown);
        leftText.set("");
        rightText.set("");
        question.set("");
        progress.set(votes.size() + " vote(s) cast in this session.");
        stage.set(Stage.DONE);
    }

    private void showCurrent() {
        BlindPair pair = pairs.get(position.get());
        progress.set("Pair " + (position.get() + 1) + " of " + pairs.size());
        profileText.set(profileTexts.getOrDefault(pair.profileId(), ""));
        question.set(pair.kind() == PairKind.LIST
                ? "Which recommendation list is better for this profile?"
                : "Which explanation of \u201c" + pair.itemTitle() + "\u201d is better for this profile?");
        leftText.set(text(pair, pair.left()));
        rightText.set(text(pair, pair.right()));
    }

    private static String text(BlindPair pair, BlindSide side) {
        if (pair.kind() == PairKind.EXPLANATION) {
            return side.recommendation().explanation();
        }
        StringBuilder text = new StringBuilder();
        for (Recommendation r : side.run().recommendations()) {
            text.append(r.rank()).append(". ").append(r.title());
            if (!r.creator().isBlank()) {
                text.append(" \u2014 ").append(r.creator());
            }
            text.append('\n');
            if (!r.explanation().isBlank()) {
                text.append("   ").append(r.explanation()).append('\n');
            }
        }
        return text.toString().stripTrailing();
    }

    /** The session's votes, for the leaderboard of this session. */
    public List<Vote> votes() {
        return List.copyOf(votes);
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public BooleanProperty explanationsProperty() {
        return explanations;
    }

    public BooleanProperty listsProperty() {
        return lists;
    }

    public BooleanProperty includeStoredProperty() {
        return includeStored;
    }

    /** Share of pairs shown again later with the sides exchanged, 0 to 1. */
    public DoubleProperty swapShareProperty() {
        return swapShare;
    }

    public ObjectProperty<Long> seedProperty() {
        return seed;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty progressProperty() {
        return progress;
    }

    public StringProperty questionProperty() {
        return question;
    }

    /** Side A's anonymous text. */
    public StringProperty leftTextProperty() {
        return leftText;
    }

    /** Side B's anonymous text. */
    public StringProperty rightTextProperty() {
        return rightText;
    }

    /** The profile of the pair shown: its name and history, which relevance is judged against. */
    public StringProperty profileTextProperty() {
        return profileText;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return pairing.runningProperty();
    }

    public ObservableList<Reveal> reveals() {
        return reveals;
    }

    public StringProperty raterProperty() {
        return judge.raterProperty();
    }
}
