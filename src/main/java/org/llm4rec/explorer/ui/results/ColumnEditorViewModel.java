package org.llm4rec.explorer.ui.results;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.llm4rec.explorer.app.port.ColumnConfiguration;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.ui.MessageProperty;
import org.llm4rec.explorer.ui.options.OptionsViewModel.Think;

/**
 * The editor in a column's header: strategy, model and the options that matter most for comparing, as typed.
 * Numbers left blank are not sent, so the server's default applies. Nothing changes until {@link #apply()}.
 */
public final class ColumnEditorViewModel {
    private final ObjectProperty<ColumnConfiguration> target;
    private final ObjectProperty<PromptStrategy> strategy = new SimpleObjectProperty<>();
    private final StringProperty model = new SimpleStringProperty("");
    private final StringProperty temperature = new SimpleStringProperty("");
    private final StringProperty seed = new SimpleStringProperty("");
    private final StringProperty topP = new SimpleStringProperty("");
    private final StringProperty numCtx = new SimpleStringProperty("");
    private final StringProperty numPredict = new SimpleStringProperty("");
    private final ObjectProperty<Think> think = new SimpleObjectProperty<>(Think.SERVER_DEFAULT);
    private final StringProperty repeats = new SimpleStringProperty("1");
    private final StringProperty error = new MessageProperty();

    public ColumnEditorViewModel(ObjectProperty<ColumnConfiguration> target, RunContext context) {
        this.target = target;
        reset(context);
    }

    /** Shows the column's configuration as it is now, dropping what was typed. */
    public void reset(RunContext context) {
        ColumnConfiguration c = target.get();
        GenerationOptions o = c.options();
        strategy.set(context == null ? null : context.strategies().stream()
                .filter(s -> s.id().equals(c.strategyId())).findFirst().orElse(null));
        model.set(c.model());
        temperature.set(text(o.temperature()));
        seed.set(text(o.seed()));
        topP.set(text(o.topP()));
        numCtx.set(text(o.numCtx()));
        numPredict.set(text(o.numPredict()));
        think.set(o.think() == null ? Think.SERVER_DEFAULT : o.think() ? Think.ON : Think.OFF);
        repeats.set(String.valueOf(c.repeats()));
        error.set("");
    }

    /** Changes the column's configuration to what was typed; false (with {@link #errorProperty()}) if it cannot. */
    public boolean apply() {
        try {
            ColumnConfiguration c = target.get();
            GenerationOptions o = c.options();
            Boolean thinking = switch (think.get()) {
                case ON -> true;
                case OFF -> false;
                case SERVER_DEFAULT -> null;
            };
            GenerationOptions options = new GenerationOptions(number("Temperature", temperature, Double::valueOf),
                    number("top_p", topP, Double::valueOf), o.topK(), number("Seed", seed, Integer::valueOf),
                    number("num_ctx", numCtx, Integer::valueOf), number("num_predict", numPredict, Integer::valueOf),
                    o.repeatPenalty(), o.stop(), thinking, o.keepAlive());
            Integer r = number("Repeats", repeats, Integer::valueOf);
            target.set(new ColumnConfiguration(strategy.get() == null ? c.strategyId() : strategy.get().id(),
                    model.get() == null ? "" : model.get().strip(), options, c.count(), c.settings(),
                    r == null ? 1 : r));
            error.set("");
            return true;
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    private static <T> T number(String field, StringProperty typed, Function<String, T> parse) {
        String text = typed.get() == null ? "" : typed.get().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": \"" + text + "\" is not a number. Type one, or leave it"
                    + " blank for the server's default.");
        }
    }

    private static String text(Number value) {
        return value == null ? "" : value.toString();
    }

    /** One line saying what the column runs, for its header. */
    static String summary(ColumnConfiguration c) {
        GenerationOptions o = c.options();
        StringBuilder s = new StringBuilder();
        s.append("temp ").append(orDefault(o.temperature())).append(" · seed ").append(orDefault(o.seed()))
                .append(" · top_p ").append(orDefault(o.topP())).append(" · ctx ").append(orDefault(o.numCtx()))
                .append(" · max ").append(orDefault(o.numPredict())).append(" · think ")
                .append(o.think() == null ? "default" : o.think() ? "on" : "off");
        if (c.repeats() > 1) {
            s.append(" · ×").append(c.repeats()).append(" repeats");
        }
        return s.toString();
    }

    private static String orDefault(Object value) {
        return value == null ? "default" : value.toString();
    }

    public ObjectProperty<PromptStrategy> strategyProperty() {
        return strategy;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public StringProperty temperatureProperty() {
        return temperature;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public StringProperty topPProperty() {
        return topP;
    }

    public StringProperty numCtxProperty() {
        return numCtx;
    }

    public StringProperty numPredictProperty() {
        return numPredict;
    }

    public ObjectProperty<Think> thinkProperty() {
        return think;
    }

    public StringProperty repeatsProperty() {
        return repeats;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
