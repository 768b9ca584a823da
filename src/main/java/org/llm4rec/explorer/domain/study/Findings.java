package org.llm4rec.explorer.domain.study;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.llm4rec.explorer.domain.experiment.Estimate;
import org.llm4rec.explorer.domain.study.StudyAnalysis.PointValues;

/** The plain-language finding of a study, computed from its numbers; every comparison is paired over users. */
final class Findings {
    private final Study study;
    private final List<PointValues> values;
    private final long seed;

    private Findings(Study study, List<PointValues> values, long seed) {
        this.study = study;
        this.values = values;
        this.seed = seed;
    }

    static String of(Study study, List<PointValues> values, long seed) {
        long measured = values.stream().filter(PointValues::measured).count();
        if (measured < values.size()) {
            return "Partial results: " + measured + " of " + values.size() + " points measured so far; the finding"
                    + " comes when every point has results.";
        }
        Findings findings = new Findings(study, values, seed);
        return switch (study.spec().kind()) {
            case ORDER -> findings.order();
            case HISTORY_LENGTH, SWEEP -> findings.trend();
            case POSITION_BIAS -> findings.position();
            case POPULARITY_BIAS -> findings.popularity();
            case STRATEGIES -> findings.strategies();
        };
    }

    /** A paired comparison of two points. */
    private record Change(PointValues from, PointValues to, Estimate difference) {
        boolean clear() {
            return difference.low() > 0 || difference.high() < 0;
        }

        double relative() {
            return from.mean() == 0 ? Double.NaN : (to.mean() - from.mean()) / Math.abs(from.mean());
        }

        /** "41% lower", "12% higher", "0.050 higher" when the start is 0. */
        String size() {
            double rel = relative();
            double diff = to.mean() - from.mean();
            if (diff == 0) {
                return "the same";
            }
            String direction = diff < 0 ? "lower" : "higher";
            return Double.isNaN(rel) ? StudyOutcome.number(Math.abs(diff)) + " " + direction
                    : Math.round(Math.abs(rel) * 100) + "% " + direction;
        }

        /** Whether the difference stands out of the noise, with its interval. */
        String verdict() {
            String interval = "95% interval of the paired difference " + signed(difference.low()) + " to "
                    + signed(difference.high());
            return clear() ? "a clear difference: " + interval : "within the noise: " + interval + " holds 0";
        }
    }

    private Change change(PointValues from, PointValues to) {
        return new Change(from, to, StudyAnalysis.difference(from, to, seed));
    }

    private List<PointValues> series(String name) {
        return values.stream().filter(v -> v.point().series().equals(name)).toList();
    }

    private String measure() {
        return values.get(0).point().measure().label();
    }

    private String order() {
        PointValues real = values.get(0);
        Change shuffled = change(real, values.get(1));
        Change fake = change(real, values.get(2));
        StringBuilder text = new StringBuilder(measure() + " with the history in its real order: "
                + StudyOutcome.number(real.mean()) + "; shuffled: " + StudyOutcome.number(shuffled.to().mean())
                + " (" + shuffled.size() + ", " + shuffled.verdict() + "); with a fake history: "
                + StudyOutcome.number(fake.to().mean()) + " (" + fake.size() + ", " + fake.verdict() + "). ");
        boolean fakeHurts = fake.clear() && fake.difference().mean() < 0;
        if (shuffled.clear() && shuffled.difference().mean() < 0) {
            text.append("The model uses the order of the history: shuffling it costs ").append(shuffled.size()
                    .replace(" lower", "")).append('.');
        } else if (fakeHurts) {
            text.append("The model uses what the history holds but not its order: shuffled, it scores as well as"
                    + " in the real order.");
        } else {
            text.append("The model does not perceive order here, and a fake history of random items scores no"
                    + " worse: it hardly uses the history at all.");
        }
        return text + reference();
    }

    /**
     * First against last value, and the best one (history length, sweeps); a sweep drawn in panels says so for
     * each panel, then names the best point of all.
     */
    private String trend() {
        List<String> panels = study.panels();
        if (panels.size() == 1) {
            return trend(values);
        }
        StringBuilder text = new StringBuilder();
        for (String panel : panels) {
            text.append("With ").append(panel).append(", ").append(trend(values.stream()
                    .filter(v -> v.point().panel().equals(panel)).toList())).append(' ');
        }
        PointValues best = best(values);
        return text.append("Highest of all at ").append(best.point().xLabel()).append(" with ")
                .append(best.point().panel()).append(" (").append(StudyOutcome.number(best.mean())).append(").")
                .toString();
    }

    private String trend(List<PointValues> curve) {
        PointValues first = curve.get(0);
        PointValues last = curve.get(curve.size() - 1);
        Change change = change(first, last);
        PointValues best = best(curve);
        return measure() + " goes from " + StudyOutcome.number(first.mean()) + " at " + first.point().xLabel()
                + " to " + StudyOutcome.number(last.mean()) + " at " + last.point().xLabel() + " (" + change.size()
                + ", " + change.verdict() + "). Highest at " + best.point().xLabel() + " ("
                + StudyOutcome.number(best.mean()) + ", 95% interval " + StudyOutcome.number(best.estimate().low())
                + "–" + StudyOutcome.number(best.estimate().high()) + ")."
                + (change.clear() ? "" : " Across this range the value makes no clear difference for this model.");
    }

    private static PointValues best(List<PointValues> points) {
        return points.stream().max(Comparator.comparingDouble(PointValues::mean)).orElseThrow();
    }

    private String position() {
        List<String> names = study.series();
        List<PointValues> once = series(names.get(0));
        Change gap = change(once.get(0), once.get(once.size() - 1));
        StringBuilder text = new StringBuilder("With the target at position " + once.get(0).point().xLabel() + ", "
                + measure() + " is " + StudyOutcome.number(gap.from().mean()) + "; at position "
                + gap.to().point().xLabel() + " it is " + StudyOutcome.number(gap.to().mean()) + ", "
                + gap.size() + " (" + gap.verdict() + "). ");
        boolean biased = gap.clear() && gap.difference().mean() < 0;
        text.append(biased ? "The model favours candidates listed early: position bias."
                : "No clear position bias between the first and the last position.");
        if (names.size() > 1) {
            List<PointValues> boot = series(names.get(1));
            Change cured = change(boot.get(0), boot.get(boot.size() - 1));
            boolean narrower = Math.abs(cured.to().mean() - cured.from().mean())
                    < Math.abs(gap.to().mean() - gap.from().mean());
            text.append(" ").append(names.get(1)).append(narrower ? " narrows the gap from " + gapText(gap)
                            + " to " : " leaves a gap of ").append(gapText(cured))
                    .append(" (").append(StudyOutcome.number(cured.from().mean())).append(" at position ")
                    .append(cured.from().point().xLabel()).append(", ").append(StudyOutcome.number(cured.to().mean()))
                    .append(" at ").append(cured.to().point().xLabel()).append("; ").append(cured.verdict())
                    .append(").");
        }
        return text + reference();
    }

    /** "41%" (a relative gap without its direction), "nothing" when there is none. */
    private static String gapText(Change change) {
        return change.size().equals("the same") ? "nothing" : change.size().replaceAll(" (lower|higher)", "");
    }

    private String popularity() {
        List<String> names = study.series();
        List<PointValues> model = series(names.get(0));
        List<PointValues> random = series(names.get(1));
        List<PointValues> history = series(names.get(2));
        StringBuilder text = new StringBuilder();
        boolean biased = false;
        for (int i : List.of(0, model.size() - 1)) {
            Change versus = change(random.get(i), model.get(i));
            biased |= versus.clear() && versus.difference().mean() > 0;
            text.append("With ").append(model.get(i).point().xLabel()).append(", the model's first pick sits at"
                    + " popularity percentile ").append(StudyOutcome.number(model.get(i).mean()))
                    .append(", a random candidate at ").append(StudyOutcome.number(random.get(i).mean()))
                    .append(" (").append(signed(versus.difference().mean())).append(" points, ")
                    .append(versus.verdict()).append("); the history shown averages ")
                    .append(StudyOutcome.number(history.get(i).mean())).append(". ");
            if (model.size() == 1) {
                break;
            }
        }
        text.append(biased ? "The model picks items more popular than the candidates it is given: popularity bias."
                : "The model's picks are no more popular than the candidates: no clear popularity bias.");
        if (model.size() > 1) {
            Change trend = change(model.get(0), model.get(model.size() - 1));
            text.append(" From ").append(model.get(0).point().xLabel()).append(" to ")
                    .append(trend.to().point().xLabel()).append(" the first pick's percentile moves by ")
                    .append(signed(trend.difference().mean())).append(" (").append(trend.verdict()).append(").");
        }
        return text.toString();
    }

    private String strategies() {
        List<PointValues> prompts = values.stream().filter(v -> !v.point().series().equals("Baselines")).toList();
        List<PointValues> baselines = series("Baselines");
        PointValues best = best(prompts);
        PointValues bestBaseline = best(baselines);
        Change over = change(bestBaseline, best);
        StringBuilder text = new StringBuilder("Best prompt: " + best.point().xLabel() + " with "
                + best.point().series() + ", " + measure() + " " + StudyOutcome.number(best.mean()) + " (95% interval "
                + StudyOutcome.number(best.estimate().low()) + "–" + StudyOutcome.number(best.estimate().high())
                + "). The best baseline, " + bestBaseline.point().xLabel() + ", scores "
                + StudyOutcome.number(bestBaseline.mean()) + ": the best prompt is " + over.size() + " ("
                + over.verdict() + ").");
        for (String model : study.series()) {
            if (!model.equals("Baselines")) {
                text.append(" Prompts with ").append(model).append(", best first: ").append(ranking(series(model)))
                        .append('.');
            }
        }
        return text + reference();
    }

    private static String ranking(List<PointValues> points) {
        return points.stream().sorted(Comparator.comparingDouble(PointValues::mean).reversed())
                .map(p -> p.point().xLabel() + " " + StudyOutcome.number(p.mean()))
                .collect(Collectors.joining(" > "));
    }

    /** The published figures, said once at the end. */
    private String reference() {
        return study.references().stream().map(r -> " " + r.label() + ": " + r.points().stream()
                .map(p -> p.xLabel() + " " + StudyOutcome.number(p.value())).collect(Collectors.joining(", "))
                + " (another model and sample: for reference, not a target).").collect(Collectors.joining());
    }

    private static String signed(double value) {
        return (value >= 0 ? "+" : "−") + StudyOutcome.number(Math.abs(value)).replace("-", "");
    }
}
