package org.llm4rec.explorer.app.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.llm4rec.explorer.domain.judge.CriterionAgreement;
import org.llm4rec.explorer.domain.judge.Disagreement;
import org.llm4rec.explorer.domain.judge.JudgeAgreement;
import org.llm4rec.explorer.domain.judge.JudgeCriterion;
import org.llm4rec.explorer.domain.judge.ModelJudgement;

/**
 * A model judge's scores and its agreement with people, as CSV, JSON and a self-contained HTML page. Every row
 * names the judge's model and template version and carries the origin "MODEL", so that no reader takes the scores
 * for people's.
 */
public final class ModelJudgeExport {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ModelJudgeExport() {
    }

    /** One row per judged explanation: judge, template version, run, rank, item, a column per criterion, reason. */
    public static String scoresCsv(List<ModelJudgement> judgements, List<JudgeCriterion> criteria) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("origin", "judge_model", "template_id", "template_version",
                "run_id", "rank", "item_title"));
        criteria.forEach(c -> header.add(c.key()));
        header.addAll(List.of("reason", "problem"));
        row(csv, header);
        for (ModelJudgement j : judgements) {
            List<String> values = new ArrayList<>(List.of(j.origin().name(), j.model(), j.templateId(),
                    Integer.toString(j.templateVersion()), j.runId(), Integer.toString(j.rank()), j.itemTitle()));
            criteria.forEach(c -> values.add(j.score(c.key()).isPresent()
                    ? Integer.toString(j.score(c.key()).getAsInt()) : ""));
            values.add(j.reason());
            values.add(j.problem());
            row(csv, values);
        }
        return csv.toString();
    }

    /** The judge, its agreement figures per criterion, with votes, the worst disagreements, and every score. */
    public static String json(JudgeAgreement agreement, List<ModelJudgement> judgements) {
        ObjectNode root = JSON.createObjectNode();
        root.put("origin", "MODEL");
        root.put("judge", agreement.judgeId());
        ArrayNode criteria = root.putArray("agreement");
        for (CriterionAgreement c : agreement.criteria()) {
            ObjectNode node = criteria.addObject();
            node.put("criterion", c.criterion().key());
            node.put("pairs", c.pairs());
            number(node, "weightedKappa", c.kappa());
            number(node, "spearmanRho", c.rho());
            node.put("peoplePairs", c.raterPairs());
            number(node, "peopleWeightedKappa", c.raterKappa());
            number(node, "peopleSpearmanRho", c.raterRho());
        }
        ObjectNode votes = root.putObject("blindVotes");
        votes.put("comparable", agreement.votes().comparable());
        votes.put("agreeing", agreement.votes().agreeing());
        votes.put("judgeTies", agreement.votes().judgeTies());
        root.set("disagreements", JSON.valueToTree(agreement.disagreements()));
        ArrayNode scores = root.putArray("scores");
        for (ModelJudgement j : judgements) {
            ObjectNode node = scores.addObject();
            node.put("origin", j.origin().name());
            node.put("model", j.model());
            node.put("templateId", j.templateId());
            node.put("templateVersion", j.templateVersion());
            node.put("runId", j.runId());
            node.put("rank", j.rank());
            node.put("itemTitle", j.itemTitle());
            node.set("scores", JSON.valueToTree(new TreeMap<>(j.scores())));
            node.put("reason", j.reason());
            node.put("problem", j.problem());
            node.put("judgedAt", j.judgedAt().toString());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of numbers and text always writes as JSON", e);
        }
    }

    /** A page to open in a browser or paste into a deck: the agreement table and the worst disagreements. */
    public static String html(JudgeAgreement agreement) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Model"
                + " judge agreement</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:"
                + "collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}</style></head><body>\n");
        out.append("<h1>Model judge ").append(HtmlReport.escape(agreement.judgeId())).append("</h1>\n")
                .append("<p>Scores from a model, compared with people's ratings; never mixed with them.</p>\n")
                .append("<table><tr><th>Criterion</th><th>Pairs</th><th>κ model judge</th><th>ρ model judge</th>"
                        + "<th>People pairs</th><th>κ among people</th><th>ρ among people</th></tr>\n");
        for (CriterionAgreement c : agreement.criteria()) {
            out.append("<tr><td>").append(HtmlReport.escape(c.criterion().label())).append("</td><td>")
                    .append(c.pairs()).append("</td><td>").append(text(c.kappa())).append("</td><td>")
                    .append(text(c.rho())).append("</td><td>").append(c.raterPairs()).append("</td><td>")
                    .append(text(c.raterKappa())).append("</td><td>").append(text(c.raterRho()))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n<p>Blind A/B votes: the model judge sides with people in ")
                .append(agreement.votes().agreeing()).append(" of ").append(agreement.votes().comparable())
                .append(".</p>\n<h2>Where the model judge and people disagree most</h2>\n<table><tr><th>Item</th>"
                        + "<th>Run · rank</th><th>Model judge</th><th>People</th><th>Gap</th><th>Model judge's"
                        + " reason</th></tr>\n");
        for (Disagreement d : agreement.disagreements()) {
            out.append("<tr><td>").append(HtmlReport.escape(d.itemTitle())).append("</td><td>")
                    .append(HtmlReport.escape(d.runId())).append(" · ").append(d.rank()).append("</td><td>")
                    .append(text(d.judgeMean())).append("</td><td>").append(text(d.peopleMean())).append("</td><td>")
                    .append(text(d.gap())).append("</td><td>").append(HtmlReport.escape(d.judgeReason()))
                    .append("</td></tr>\n");
        }
        return out.append("</table>\n</body></html>\n").toString();
    }

    private static void row(StringBuilder csv, List<String> values) {
        csv.append(String.join(",", values.stream().map(CsvCell::of).toList())).append("\r\n");
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isNaN(value)) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    private static String text(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }
}
