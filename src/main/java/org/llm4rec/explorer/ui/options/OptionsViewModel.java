package org.llm4rec.explorer.ui.options;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.llm4rec.explorer.domain.GenerationOptions;

/**
 * Every generation option a run sends inside Ollama's {@code options}, plus keep-alive, thinking, and whether the
 * run may be answered from the response cache.
 */
public final class OptionsViewModel {
    /** Thinking: the server's choice (thinking models think), on, or off. */
    public enum Think {
        SERVER_DEFAULT("model's default"), ON("on"), OFF("off");

        private final String label;

        Think(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ObjectProperty<Double> temperature = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> topP = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> topK = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> seed = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> numCtx = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> numPredict = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> repeatPenalty = new SimpleObjectProperty<>();
    private final StringProperty stop = new SimpleStringProperty("");
    private final ObjectProperty<Integer> keepAlive = new SimpleObjectProperty<>();
    private final ObjectProperty<Think> think = new SimpleObjectProperty<>(Think.SERVER_DEFAULT);
    private final BooleanProperty bypassCache = new SimpleBooleanProperty();

    public OptionsViewModel() {
        GenerationOptions d = GenerationOptions.defaults();
        temperature.set(d.temperature());
        topP.set(d.topP());
        topK.set(d.topK());
        seed.set(d.seed());
        numCtx.set(d.numCtx());
        numPredict.set(d.numPredict());
        repeatPenalty.set(d.repeatPenalty());
        stop.set(String.join(", ", d.stop()));
        keepAlive.set(d.keepAlive());
        think.set(d.think() == null ? Think.SERVER_DEFAULT : d.think() ? Think.ON : Think.OFF);
    }

    /** The options as the next run sends them. */
    public GenerationOptions options() {
        Boolean thinking = switch (think.get()) {
            case ON -> true;
            case OFF -> false;
            case SERVER_DEFAULT -> null;
        };
        return new GenerationOptions(temperature.get(), topP.get(), topK.get(), seed.get(), numCtx.get(),
                numPredict.get(), repeatPenalty.get(), stops(stop.get()), thinking, keepAlive.get());
    }

    /** Stop sequences are typed comma-separated; blanks are dropped. */
    static List<String> stops(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public ObjectProperty<Double> temperatureProperty() {
        return temperature;
    }

    public ObjectProperty<Double> topPProperty() {
        return topP;
    }

    public ObjectProperty<Integer> topKProperty() {
        return topK;
    }

    public ObjectProperty<Integer> seedProperty() {
        return seed;
    }

    public ObjectProperty<Integer> numCtxProperty() {
        return numCtx;
    }

    public ObjectProperty<Integer> numPredictProperty() {
        return numPredict;
    }

    public ObjectProperty<Double> repeatPenaltyProperty() {
        return repeatPenalty;
    }

    public StringProperty stopProperty() {
        return stop;
    }

    public ObjectProperty<Integer> keepAliveProperty() {
        return keepAlive;
    }

    public ObjectProperty<Think> thinkProperty() {
        return think;
    }

    public BooleanProperty bypassCacheProperty() {
        return bypassCache;
    }
}
