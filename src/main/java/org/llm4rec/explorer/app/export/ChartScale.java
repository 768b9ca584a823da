package org.llm4rec.explorer.app.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A numeric axis with round tick values covering a data range, and the mapping from values to pixels: the
 * window's charts and the exported ones share it, so that both show the same ticks.
 *
 * @param min  the lowest tick
 * @param max  the highest tick
 * @param step the distance between ticks
 */
public record ChartScale(double min, double max, double step) {
    private static final int TARGET_TICKS = 5;

    /** Round ticks covering [low, high]; zero is included when {@code fromZero}. */
    public static ChartScale covering(double low, double high, boolean fromZero) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            low = 0;
            high = 1;
        }
        if (fromZero) {
            low = Math.min(0, low);
            high = Math.max(0, high);
        }
        if (high - low < 1e-12) {
            high = low + (low == 0 ? 1 : Math.abs(low) * 0.1);
        }
        double raw = (high - low) / TARGET_TICKS;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        double step = nice * magnitude;
        return new ChartScale(Math.floor(low / step) * step, Math.ceil(high / step) * step, step);
    }

    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (double t = min; t <= max + step / 2; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }

    /** Where the value lies, from 0 (min) to 1 (max). */
    public double fraction(double value) {
        return (value - min) / (max - min);
    }

    /** A tick value written with as few digits as its step needs. */
    public String label(double value) {
        if (step >= 1 && Math.abs(value) >= 1) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        int decimals = 0;
        while (decimals < 6 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals)))
                > 1e-6) {
            decimals++;
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
