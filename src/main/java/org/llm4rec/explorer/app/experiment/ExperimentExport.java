package org.llm4rec.explorer.app.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.llm4rec.explorer.app.export.CsvCell;
import org.llm4rec.explorer.domain.experiment.ConfigurationSummary;
import org.llm4rec.explorer.domain.experiment.Estimate;
import org.llm4rec.explorer.domain.experiment.ExclusionReason;
import org.llm4rec.explorer.domain.experiment.ExperimentJson;
import org.llm4rec.explorer.domain.experiment.ExperimentReport;
import org.llm4rec.explorer.domain.experiment.ExplanationQuality;
import org.llm4rec.explorer.domain.experiment.Metric;
import org.llm4rec.explorer.domain.experiment.RankingMetrics;
import org.llm4rec.explorer.domain.experiment.UserResult;
import org.llm4rec.explorer.domain.experiment.ValidityRates;
import org.llm4rec.explorer.domain.judge.JudgeCriterion;

/**
 * An experiment's results as files and as a terminal table. Every form starts with the experiment's description
 * and protocol, since numbers from different protocols are not comparable.
 */
public final class ExperimentExport {
    /** The metrics of the printed table: the headline figures that fit a terminal. */
    public static final List<Metric> TABLE_METRICS = List.of(Metric.HR_1, Metric.HR_5, Metric.HR_10, Metric.NDCG_10,
            Metric.MRR, Metric.RECALL_20);

    /** The columns every summary row starts with; metrics are over the answered users. */
    private static final String ROW_START = "configuration,key,users,user runs,answered users,failed user runs";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExperimentExport() {
    }

    /**
     * Writes the experiment's four files into the folder, each named {@code base} and what it holds: per-user
     * results, the summary, the timing (CSV) and everything as JSON, with the judges' scores; gives their paths.
     */
    public static List<Path> write(ExperimentReport report, List<ExplanationQuality> judges, Path folder,
                                   String base) throws IOException {
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(folder.resolve(base + ".results.csv"), resultsCsv(report));
        files.put(folder.resolve(base + ".summary.csv"), summaryCsv(report, judges));
        files.put(folder.resolve(base + ".timing.csv"), timingCsv(report));
        files.put(folder.resolve(base + ".results.json"), json(report, judges));
        for (Map.Entry<Path, String> file : files.entrySet()) {
            Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8);
        }
        return List.copyOf(files.keySet());
    }

    /**
     * One row per configuration: every metric's mean, 95% interval and spread across repeats, validity and
     * coverage. The same experiment file gives the same bytes at any concurrency: wall-time figures, which differ
     * from run to run, are in {@link #timingCsv} instead.
     */
    public static String summaryCsv(ExperimentReport report) {
        return summaryCsv(report, List.of());
    }

    /**
     * The summary with, after the validity columns, each model judge's mean score per criterion and overall with
     * its 95% interval; every such column names the judge's model and template version, and a comment line above
     * the header says they are a model's scores.
     */
    public static String summaryCsv(ExperimentReport report, List<ExplanationQuality> judges) {
        List<Metric> metrics = Arrays.stream(Metric.values()).filter(m -> !m.measuresWallTime()).toList();
        StringBuilder csv = header(report);
        for (ExplanationQuality judge : judges) {
            csv.append(CsvCell.comment("Model judge " + judge.judgeId() + ": scores 1-5 given by the model "
                    + judge.model() + " with template " + judge.templateId() + " version " + judge.templateVersion()
                    + ", not by people")).append('\n');
        }
        csv.append(ROW_START);
        for (Metric m : metrics) {
            csv.append(',').append(CsvCell.of(m.label())).append(',').append(CsvCell.of(m.label() + " 95% low"))
                    .append(',').append(CsvCell.of(m.label() + " 95% high")).append(',')
                    .append(CsvCell.of(m.label() + " SD across repeats"));
        }
        csv.append(",parse failure rate,failure rate,out-of-catalogue rate,duplicate rate,already-in-history rate,"
                + "not-in-candidates rate,catalogue coverage,cites-absent-history rate");
        for (ExplanationQuality judge : judges) {
            for (JudgeCriterion c : judge.criteria()) {
                String label = judge.label(c);
                csv.append(',').append(CsvCell.of(label)).append(',').append(CsvCell.of(label + " 95% low"))
                        .append(',').append(CsvCell.of(label + " 95% high")).append(',')
                        .append(CsvCell.of(label + " users"));
            }
        }
        csv.append('\n');
        for (ConfigurationSummary s : report.configurations()) {
            row(csv, s);
            for (Metric m : metrics) {
                Estimate e = s.metric(m);
                csv.append(',').append(number(e.mean())).append(',').append(number(e.low())).append(',')
                        .append(number(e.high())).append(',').append(number(e.repeatSpread()));
            }
            ValidityRates v = s.validity();
            for (double value : new double[] {v.parseFailure(), v.failed(), v.outOfCatalogue(), v.duplicate(),
                    v.alreadySeen(), v.notInCandidates(), s.coverage(), v.citesAbsentHistory()}) {
                csv.append(',').append(number(value));
            }
            for (ExplanationQuality judge : judges) {
                for (JudgeCriterion c : judge.criteria()) {
                    Estimate e = judge.estimate(s.configuration().key(), c.key());
                    csv.append(',').append(number(e.mean())).append(',').append(number(e.low())).append(',')
                            .append(number(e.high())).append(',').append(e.users());
                }
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** One row per configuration: the wall-time figures (latency percentiles, time to first token) of this run. */
    public static String timingCsv(ExperimentReport report) {
        List<Metric> metrics = Arrays.stream(Metric.values()).filter(Metric::measuresWallTime).toList();
        StringBuilder csv = header(report);
        csv.append(ROW_START).append(",latency p50 ms,latency p95 ms");
        for (Metric m : metrics) {
            csv.append(',').append(CsvCell.of(m.label())).append(',').append(CsvCell.of(m.label() + " 95% low")).append(',')
                    .append(CsvCell.of(m.label() + " 95% high"));
        }
        csv.append('\n');
        for (ConfigurationSummary s : report.configurations()) {
            row(csv, s);
            csv.append(',').append(number(s.latencyP50Ms())).append(',').append(number(s.latencyP95Ms()));
            for (Metric m : metrics) {
                Estimate e = s.metric(m);
                csv.append(',').append(number(e.mean())).append(',').append(number(e.low())).append(',')
                        .append(number(e.high()));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, ConfigurationSummary s) {
        csv.append(CsvCell.of(s.configuration().label())).append(',').append(CsvCell.of(s.configuration().key()))
                .append(',').append(s.users()).append(',').append(s.runs()).append(',').append(s.answeredUsers())
                .append(',').append(s.failedRuns());
    }

    /** One row per user × configuration × repeat, with every per-user value. */
    public static String resultsCsv(ExperimentReport report) {
        StringBuilder csv = header(report);
        csv.append("configuration,repeat,user,outcome,run id,history length,targets,first hit rank,ranked");
        for (Metric m : Metric.values()) {
            csv.append(',').append(CsvCell.of(m.label()));
        }
        csv.append(",listed,out of catalogue,duplicates,already in history,not in candidates,message,explained,"
                + "explanations citing absent history\n");
        for (UserResult r : report.results()) {
            int rank = RankingMetrics.firstHitRank(r.ranked(), r.targets());
            csv.append(CsvCell.of(r.configurationKey())).append(',').append(r.repeat()).append(',').append(CsvCell.of(r.userId()))
                    .append(',').append(r.outcome()).append(',').append(r.runId() == null ? "" : r.runId())
                    .append(',').append(r.historyLength()).append(',').append(CsvCell.of(String.join(" ", r.targets())))
                    .append(',').append(rank == Integer.MAX_VALUE ? "" : Integer.toString(rank)).append(',')
                    .append(CsvCell.of(String.join(" ", r.ranked())));
            for (Metric m : Metric.values()) {
                Double value = m.of(r);
                csv.append(',').append(value == null ? "" : number(value));
            }
            var v = r.validity();
            csv.append(',').append(v.listed()).append(',').append(v.outOfCatalogue()).append(',')
                    .append(v.duplicates()).append(',').append(v.alreadySeen()).append(',')
                    .append(v.notInCandidates()).append(',').append(CsvCell.of(r.message())).append(',')
                    .append(v.explained()).append(',').append(v.citesAbsentHistory()).append('\n');
        }
        return csv.toString();
    }

    /** Definition, protocol text, exclusions, summaries and per-user results in one JSON document. */
    public static String json(ExperimentReport report) {
        return json(report, List.of());
    }

    /**
     * The JSON document with, per configuration, each model judge's scores ("modelJudges": the judge's model,
     * template and version, and per criterion and overall the mean, interval and users).
     */
    public static String json(ExperimentReport report, List<ExplanationQuality> judges) {
        ObjectNode root = JSON.createObjectNode();
        root.put("runId", report.runId());
        root.put("description", report.definition().describe());
        root.put("protocol", report.protocolText());
        root.set("definition", ExperimentJson.tree(report.definition()));
        root.put("sampledUsers", report.sampledUsers());
        ObjectNode excluded = root.putObject("excludedUsers");
        report.exclusions().forEach((reason, count) -> excluded.put(reason.label(), count));
        ArrayNode summaries = root.putArray("configurations");
        for (ConfigurationSummary s : report.configurations()) {
            ObjectNode node = summaries.addObject();
            node.put("label", s.configuration().label());
            node.put("key", s.configuration().key());
            node.put("users", s.users());
            node.put("userRuns", s.runs());
            node.put("answeredUsers", s.answeredUsers());
            node.put("failedUserRuns", s.failedRuns());
            ObjectNode metrics = node.putObject("metrics");
            for (Metric m : Metric.values()) {
                Estimate e = s.metric(m);
                ObjectNode value = metrics.putObject(m.label());
                value.put("mean", e.mean());
                value.put("low95", e.low());
                value.put("high95", e.high());
                value.put("users", e.users());
                value.put("sdAcrossRepeats", e.repeatSpread());
            }
            node.set("validity", JSON.valueToTree(s.validity()));
            node.put("catalogueCoverage", s.coverage());
            node.put("latencyP50Ms", s.latencyP50Ms());
            node.put("latencyP95Ms", s.latencyP95Ms());
            if (!judges.isEmpty()) {
                judgeScores(node.putArray("modelJudges"), judges, s.configuration().key());
            }
        }
        root.set("results", JSON.valueToTree(report.results()));
        return ExperimentJson.text(root);
    }

    private static void judgeScores(ArrayNode into, List<ExplanationQuality> judges, String configurationKey) {
        for (ExplanationQuality judge : judges) {
            ObjectNode node = into.addObject();
            node.put("judge", judge.judgeId());
            node.put("origin", "model");
            node.put("model", judge.model());
            node.put("templateId", judge.templateId());
            node.put("templateVersion", judge.templateVersion());
            ObjectNode scores = node.putObject("scores");
            for (JudgeCriterion c : judge.criteria()) {
                Estimate e = judge.estimate(configurationKey, c.key());
                ObjectNode value = scores.putObject(c.key());
                value.put("label", judge.label(c));
                value.put("mean", e.mean());
                value.put("low95", e.low());
                value.put("high95", e.high());
                value.put("users", e.users());
            }
        }
    }

    /** The headline metrics as an aligned text table with 95% intervals, for the terminal. */
    public static String table(ExperimentReport report) {
        StringBuilder out = new StringBuilder();
        out.append(report.definition().describe()).append('\n');
        out.append("Users: ").append(report.sampledUsers()).append(" sampled, ").append(report.excludedUsers())
                .append(" excluded by the protocol");
        for (Map.Entry<ExclusionReason, Integer> e : report.exclusions().entrySet()) {
            out.append("; ").append(e.getValue()).append(" because ").append(e.getKey().label());
        }
        out.append(".\n\n");
        int width = Math.max(14, report.configurations().stream()
                .mapToInt(s -> s.configuration().label().length()).max().orElse(0));
        out.append(String.format(Locale.ROOT, "%-" + width + "s %6s %8s %6s", "Configuration", "Users", "Answered",
                "Failed"));
        for (Metric m : TABLE_METRICS) {
            out.append(String.format(Locale.ROOT, " %-21s", m.label()));
        }
        out.append(String.format(Locale.ROOT, " %-8s %-8s %-8s%n", "Parse✗", "Halluc.", "p50 ms"));
        for (ConfigurationSummary s : report.configurations()) {
            out.append(String.format(Locale.ROOT, "%-" + width + "s %6d %8d %6d", s.configuration().label(),
                    s.users(), s.answeredUsers(), s.failedRuns()));
            for (Metric m : TABLE_METRICS) {
                Estimate e = s.metric(m);
                out.append(String.format(Locale.ROOT, " %-21s", interval(e, "%.3f [%.3f, %.3f]")));
            }
            out.append(String.format(Locale.ROOT, " %-8s %-8s %-8s%n", percent(s.validity().parseFailure()),
                    percent(s.validity().outOfCatalogue()),
                    Double.isNaN(s.latencyP50Ms()) ? "–" : String.format(Locale.ROOT, "%.0f", s.latencyP50Ms())));
        }
        int failed = report.configurations().stream().mapToInt(ConfigurationSummary::failedRuns).sum();
        if (failed > 0) {
            out.append('\n').append(failed).append(failed == 1 ? " call" : " calls").append(" failed at the model "
                    + "server: they are not scored (metrics are over the answered users) and --resume runs them "
                    + "again.\n");
        }
        return out.toString();
    }

    /** A model judge's mean scores per configuration with 95% intervals, for the terminal; "–" where none. */
    public static String judgeTable(ExperimentReport report, ExplanationQuality judge) {
        StringBuilder out = new StringBuilder("Explanations, scored 1-5 by model " + judge.judgeName()
                + " (a model's scores, not people's)\n");
        int width = Math.max(14, report.configurations().stream()
                .mapToInt(s -> s.configuration().label().length()).max().orElse(0));
        out.append(String.format(Locale.ROOT, "%-" + width + "s", "Configuration"));
        for (JudgeCriterion c : judge.criteria()) {
            out.append(String.format(Locale.ROOT, " %-19s", c.label()));
        }
        out.append('\n');
        for (ConfigurationSummary s : report.configurations()) {
            out.append(String.format(Locale.ROOT, "%-" + width + "s", s.configuration().label()));
            for (JudgeCriterion c : judge.criteria()) {
                out.append(String.format(Locale.ROOT, " %-19s", interval(judge.estimate(s.configuration().key(),
                        c.key()), "%.2f [%.2f, %.2f]")));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String interval(Estimate e, String format) {
        return e.users() == 0 ? "–" : String.format(Locale.ROOT, format, e.mean(), e.low(), e.high());
    }

    private static StringBuilder header(ExperimentReport report) {
        return new StringBuilder(CsvCell.comment(report.definition().describe())).append('\n')
                .append(CsvCell.comment("Protocol: " + report.protocolText())).append('\n')
                .append("# Excluded users: ").append(report.excludedUsers()).append(" of ")
                .append(report.sampledUsers()).append(" sampled\n");
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6g", value);
    }

}
