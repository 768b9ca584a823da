package org.llm4rec.explorer.ui.experiment;

import java.util.Locale;

/** Numbers as the experiment tables and charts write them. */
final class ChartFormat {
    private ChartFormat() {
    }

    static String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** A metric value between 0 and 1, with three decimals. */
    static String metric(double value) {
        return number(value, 3);
    }

    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "–" : number(fraction * 100, 1) + " %";
    }
}
