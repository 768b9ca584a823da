package org.llm4rec.explorer.domain.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.llm4rec.explorer.domain.judge.JudgeCriterion;
import org.llm4rec.explorer.domain.judge.JudgeRubric;
import org.llm4rec.explorer.domain.judge.ModelJudgement;

/**
 * One model judge's scores of an experiment's explanations: per configuration and criterion, the mean score with
 * its 95% bootstrap interval, users resampled as for the ranking metrics (a drawn user brings every judged
 * explanation of every repeat). These are a model's figures: every label names the judge.
 *
 * @param judgeId         the judge's id (model and template version)
 * @param model           the judge's model
 * @param templateId      its template
 * @param templateVersion the template's version
 * @param criteria        the rubric's criteria, then {@link #OVERALL}
 * @param estimates       configuration key to criterion key to the estimate; a configuration nothing of which was
 *                        judged (a baseline) has none
 */
public record ExplanationQuality(String judgeId, String model, String templateId, int templateVersion,
                                 List<JudgeCriterion> criteria, Map<String, Map<String, Estimate>> estimates) {
    /** Per explanation, the mean of the criteria the judge scored it on. */
    public static final JudgeCriterion OVERALL = new JudgeCriterion("overall", "Overall",
            "The mean of the explanation's scores over the criteria", null);

    public ExplanationQuality {
        Objects.requireNonNull(judgeId, "judgeId");
        criteria = List.copyOf(criteria);
        Map<String, Map<String, Estimate>> copied = new LinkedHashMap<>();
        estimates.forEach((key, byCriterion) -> copied.put(key, Map.copyOf(byCriterion)));
        estimates = Map.copyOf(copied);
    }

    /** The estimate, or {@link Estimate#NONE} (no users) when nothing of the configuration was judged. */
    public Estimate estimate(String configurationKey, String criterionKey) {
        return estimates.getOrDefault(configurationKey, Map.of()).getOrDefault(criterionKey, Estimate.NONE);
    }

    /** "judge: llama3.2:3b · judge-app-rubric v2": whose scores these are. */
    public String judgeName() {
        return "judge: " + judgeId;
    }

    /** A column title: "Specificity (judge: llama3.2:3b · judge-app-rubric v2)". */
    public String label(JudgeCriterion criterion) {
        return criterion.label() + " (" + judgeName() + ")";
    }

    /**
     * Every judge that scored explanations of the report's stored runs, in the order they first judged.
     *
     * @param judgements every model judgement in the store; those of other runs are left out
     */
    public static List<ExplanationQuality> of(ExperimentReport report, List<ModelJudgement> judgements) {
        Set<String> runIds = report.results().stream().map(UserResult::runId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, List<ModelJudgement>> byJudge = new LinkedHashMap<>();
        judgements.stream().filter(j -> runIds.contains(j.runId()))
                .forEach(j -> byJudge.computeIfAbsent(j.judgeId(), id -> new ArrayList<>()).add(j));
        return byJudge.values().stream().map(own -> of(report, own.get(0), own)).toList();
    }

    private static ExplanationQuality of(ExperimentReport report, ModelJudgement first, List<ModelJudgement> own) {
        Map<String, List<ModelJudgement>> byRun = own.stream()
                .collect(Collectors.groupingBy(ModelJudgement::runId));
        List<JudgeCriterion> criteria = new ArrayList<>(criteria(first.templateId(), own));
        criteria.add(OVERALL);
        long seed = report.definition().protocol().seed();
        Map<String, Map<String, Estimate>> estimates = new LinkedHashMap<>();
        for (ConfigurationSummary summary : report.configurations()) {
            String key = summary.configuration().key();
            List<List<UserResult>> users = List.copyOf(ExperimentAnalysis.byUser(report.results().stream()
                    .filter(r -> r.configurationKey().equals(key)).toList()).values());
            Map<String, Estimate> byCriterion = new LinkedHashMap<>();
            for (JudgeCriterion criterion : criteria) {
                List<double[]> perUser = users.stream().map(results -> scores(results, byRun, criterion)).toList();
                Estimate estimate = Bootstrap.mean(perUser, seed, Bootstrap.DEFAULT_RESAMPLES);
                if (estimate.users() > 0) {
                    byCriterion.put(criterion.key(), estimate);
                }
            }
            estimates.put(key, byCriterion);
        }
        return new ExplanationQuality(first.judgeId(), first.model(), first.templateId(), first.templateVersion(),
                criteria, estimates);
    }

    /** A user's scores on the criterion, one per judged explanation of each of their runs. */
    private static double[] scores(List<UserResult> results, Map<String, List<ModelJudgement>> byRun,
                                   JudgeCriterion criterion) {
        List<Double> values = new ArrayList<>();
        for (UserResult result : results) {
            for (ModelJudgement j : byRun.getOrDefault(result.runId(), List.of())) {
                if (criterion == OVERALL) {
                    j.scores().values().stream().mapToInt(Integer::intValue).average().ifPresent(values::add);
                } else {
                    j.score(criterion.key()).ifPresent(score -> values.add((double) score));
                }
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The rubric's criteria; for a template no rubric has, the keys the judge answered under. */
    private static List<JudgeCriterion> criteria(String templateId, List<ModelJudgement> judgements) {
        return Arrays.stream(JudgeRubric.values()).filter(r -> r.templateId().equals(templateId)).findFirst()
                .map(JudgeRubric::criteria).orElseGet(() -> {
                    Set<String> keys = new LinkedHashSet<>();
                    judgements.forEach(j -> keys.addAll(j.scores().keySet().stream().sorted().toList()));
                    return keys.stream().map(k -> new JudgeCriterion(k, k.substring(0, 1).toUpperCase(Locale.ROOT)
                            + k.substring(1), k, null)).toList();
                });
    }
}
