package org.llm4rec.explorer.ui.experiment;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** How far one configuration of a running experiment has come. */
public final class ConfigurationRow {
    private final String configuration;
    private final boolean baseline;
    private final DoubleProperty fraction = new SimpleDoubleProperty();
    private final StringProperty text = new SimpleStringProperty();
    private int done;
    private int total;

    ConfigurationRow(String configuration, boolean baseline, int done, int total) {
        this.configuration = configuration;
        this.baseline = baseline;
        update(done, total);
    }

    void update(int done, int total) {
        this.done = done;
        this.total = total;
        fraction.set(total == 0 ? 0 : (double) done / total);
        text.set(done + " / " + total + " users");
    }

    public String configuration() {
        return configuration;
    }

    public boolean baseline() {
        return baseline;
    }

    public int done() {
        return done;
    }

    public int total() {
        return total;
    }

    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction;
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }
}
