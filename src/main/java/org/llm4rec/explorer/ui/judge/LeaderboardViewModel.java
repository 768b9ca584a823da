package org.llm4rec.explorer.ui.judge;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.port.JudgeRepository;
import org.llm4rec.explorer.domain.judge.Grouping;
import org.llm4rec.explorer.domain.judge.Leaderboard;
import org.llm4rec.explorer.domain.judge.LeaderboardEntry;
import org.llm4rec.explorer.domain.judge.PositionBias;
import org.llm4rec.explorer.domain.judge.Vote;
import org.llm4rec.explorer.ui.MessageProperty;

/** Strategies and models ranked by a Bradley–Terry fit of every stored blind A/B vote. */
public final class LeaderboardViewModel {
    private final JudgeRepository judgements;
    private final Background background;
    private final Function<String, String> strategyName;
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.CONFIGURATION);
    private final ObservableList<LeaderboardEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<Leaderboard> board = new SimpleObjectProperty<>();
    private final StringProperty summary = new MessageProperty();
    private final StringProperty bias = new SimpleStringProperty("");
    private List<Vote> votes = List.of();

    LeaderboardViewModel(JudgeRepository judgements, Background background, Function<String, String> strategyName) {
        this.judgements = judgements;
        this.background = background;
        this.strategyName = strategyName;
        grouping.addListener((o, old, now) -> fit());
    }

    /** Reads the votes again and refits. */
    public void refresh() {
        summary.set("Reading votes…");
        background.run("read votes", judgements::allVotes, read -> {
            votes = read;
            fit();
        }, failure -> summary.set("The votes could not be read: " + failure.getMessage()));
    }

    /** Fits the given votes only, e.g. those of one session, instead of every stored vote. */
    public void show(List<Vote> chosen) {
        votes = List.copyOf(chosen);
        fit();
    }

    private void fit() {
        Leaderboard fitted = Leaderboard.of(votes, grouping.get());
        board.set(fitted);
        entries.setAll(fitted.entries());
        summary.set(describe(fitted));
        bias.set(describe(fitted.bias()));
    }

    static String describe(Leaderboard b) {
        if (b.votes() == 0) {
            return "No blind A/B votes yet: run a session from Judge → Blind A/B….";
        }
        String text = b.votes() + " vote(s): " + b.ties() + " tie(s), " + b.bothBad() + " \u201cboth bad\u201d"
                + " (left out of the fit). Strength is the Bradley\u2013Terry log-strength, ties counting half a win"
                + " each; " + Leaderboard.INTERVAL_METHOD + ".";
        if (b.sameEntryVotes() > 0) {
            text += " " + b.sameEntryVotes() + " vote(s) compared an entry with itself and rank nothing here.";
        }
        if (b.regularised()) {
            text += " Some entry never won or never lost, so one virtual tie against an average entry was added to"
                    + " each; collect more votes for a plain fit.";
        }
        return text;
    }

    static String describe(PositionBias bias) {
        if (bias.decisiveVotes() == 0) {
            return "Position bias: no decisive votes yet.";
        }
        String text = String.format(Locale.ROOT,
                "Position bias: the left side won %d of %d decisive votes (%.0f%%, 95%% interval %.0f\u2013%.0f%%)",
                bias.leftVotes(), bias.decisiveVotes(), 100 * bias.leftShare(), 100 * bias.lower(),
                100 * bias.upper());
        text += bias.significant() ? " \u2014 raters favour one side." : " \u2014 no clear side preference.";
        if (bias.swappedPairs() > 0) {
            text += String.format(Locale.ROOT, " Swapped re-shows kept the same winner in %d of %d pairs.",
                    bias.consistentPairs(), bias.swappedPairs());
        }
        return text;
    }

    /** The entry's name for people: strategy names instead of ids. */
    public String displayName(String key) {
        return switch (grouping.get()) {
            case MODEL -> key;
            case STRATEGY -> strategyName.apply(key);
            case CONFIGURATION -> {
                int cut = key.indexOf(" \u00b7 ");
                yield cut < 0 ? key : strategyName.apply(key.substring(0, cut)) + key.substring(cut);
            }
        };
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    public ObservableList<LeaderboardEntry> entries() {
        return entries;
    }

    public ObjectProperty<Leaderboard> boardProperty() {
        return board;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty biasProperty() {
        return bias;
    }
}
