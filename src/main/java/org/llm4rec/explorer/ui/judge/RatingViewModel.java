package org.llm4rec.explorer.ui.judge;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.judge.Criterion;
import org.llm4rec.explorer.domain.judge.LabelOrigin;
import org.llm4rec.explorer.domain.judge.Rating;
import org.llm4rec.explorer.domain.judge.RubricScores;
import org.llm4rec.explorer.ui.MessageProperty;

/** The rating form of one explanation: four star rows (0 = not yet given), a note and the rater's name. */
public final class RatingViewModel {
    private final JudgeViewModel judge;
    private final RunRecord run;
    private final Recommendation item;
    private final Map<Criterion, IntegerProperty> stars = new EnumMap<>(Criterion.class);
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty rater = new SimpleStringProperty("");
    private final StringProperty message = new MessageProperty();
    private final BooleanProperty saved = new SimpleBooleanProperty();
    private final BooleanBinding complete;

    RatingViewModel(JudgeViewModel judge, RunRecord run, Recommendation item, Rating earlier) {
        this.judge = judge;
        this.run = run;
        this.item = item;
        for (Criterion c : Criterion.values()) {
            stars.put(c, new SimpleIntegerProperty(earlier == null ? 0 : earlier.scores().score(c)));
        }
        note.set(earlier == null ? "" : earlier.note());
        rater.set(judge.raterProperty().get());
        complete = Bindings.createBooleanBinding(this::isComplete,
                stars.values().toArray(new javafx.beans.Observable[0]));
    }

    private boolean isComplete() {
        return stars.values().stream().allMatch(p -> p.get() >= RubricScores.MIN);
    }

    /** Saves the rating under the rater's name, which is remembered for the next ones. */
    public void save() {
        String name = rater.get() == null ? "" : rater.get().strip();
        if (name.isEmpty()) {
            message.set("Enter your name as rater (also in Settings), so that ratings say who gave them.");
            return;
        }
        if (!isComplete()) {
            message.set("Give every row one to five stars (click a star, or focus a row and press 1–5).");
            return;
        }
        judge.raterProperty().set(name);
        Rating rating = new Rating(judge.newId(), run.id(), item.rank(),
                item.grounding().grounded() ? item.grounding().item().id() : null, item.title(),
                new RubricScores(stars(Criterion.RELEVANCE).get(), stars(Criterion.SPECIFICITY).get(),
                        stars(Criterion.PERSUASIVENESS).get(), stars(Criterion.FAITHFULNESS).get()),
                note.get(), name, judge.clock().instant(), LabelOrigin.HUMAN);
        message.set("Saving…");
        judge.save(rating, () -> {
            message.set("Saved.");
            saved.set(true);
        }, failure -> message.set("The rating could not be saved: " + failure.getMessage()));
    }

    public IntegerProperty stars(Criterion criterion) {
        return stars.get(criterion);
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty raterProperty() {
        return rater;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Turns true once the rating is stored; the form then closes. */
    public BooleanProperty savedProperty() {
        return saved;
    }

    public BooleanBinding completeProperty() {
        return complete;
    }

    /** What is being rated, e.g. "#2 The Way of Kings". */
    public String itemText() {
        return "#" + item.rank() + "  " + item.title();
    }

    public String explanation() {
        return item.explanation().isBlank() ? "(no explanation given)" : item.explanation();
    }
}
