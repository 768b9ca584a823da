package org.llm4rec.explorer.domain.judge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.llm4rec.explorer.domain.grounding.TitleNormaliser;

/**
 * Whether to trust a model judge: per criterion people also answer, its agreement with people's ratings of the same
 * explanations (weighted κ and Spearman's ρ) beside people's agreement with each other; how often it sides with
 * people's blind A/B votes; and the explanations where it and people differ most. The judge's scores stay its own:
 * nothing here mixes them into people's.
 *
 * @param judgeId       the judge
 * @param criteria      one entry per criterion with a people's counterpart
 * @param votes         agreement with blind A/B votes
 * @param disagreements the explanations scored furthest apart, furthest first
 */
public record JudgeAgreement(String judgeId, List<CriterionAgreement> criteria, VoteAgreement votes,
                             List<Disagreement> disagreements) {
    public JudgeAgreement {
        criteria = List.copyOf(criteria);
        disagreements = List.copyOf(disagreements);
    }

    public static JudgeAgreement of(String judgeId, JudgeRubric rubric, List<ModelJudgement> judgements,
                                    List<Rating> ratings, List<Vote> votes, int worst) {
        Map<String, ModelJudgement> judged = new LinkedHashMap<>();
        judgements.stream().filter(j -> j.judgeId().equals(judgeId) && j.problem().isEmpty())
                .forEach(j -> judged.put(key(j.runId(), j.rank()), j));
        Map<String, List<Rating>> rated = ratings.stream().filter(r -> r.origin() == LabelOrigin.HUMAN)
                .sorted(Comparator.comparing(Rating::rater))
                .collect(Collectors.groupingBy(r -> key(r.runId(), r.rank()), LinkedHashMap::new,
                        Collectors.toList()));
        List<JudgeCriterion> shared = rubric.criteria().stream().filter(c -> c.human() != null).toList();
        List<CriterionAgreement> perCriterion = shared.stream().map(c -> criterion(c, judged, rated)).toList();
        return new JudgeAgreement(judgeId, perCriterion, votes(judged, votes, rubric),
                disagreements(judged, rated, shared, worst));
    }

    private static CriterionAgreement criterion(JudgeCriterion c, Map<String, ModelJudgement> judged,
                                                Map<String, List<Rating>> rated) {
        List<int[]> withJudge = new ArrayList<>();
        List<int[]> betweenPeople = new ArrayList<>();
        for (Map.Entry<String, List<Rating>> e : rated.entrySet()) {
            List<Rating> people = e.getValue();
            ModelJudgement j = judged.get(e.getKey());
            if (j != null && j.score(c.key()).isPresent()) {
                people.forEach(r -> withJudge.add(new int[] {j.score(c.key()).getAsInt(),
                        r.scores().score(c.human())}));
            }
            for (int a = 0; a < people.size(); a++) {
                for (int b = a + 1; b < people.size(); b++) {
                    betweenPeople.add(new int[] {people.get(a).scores().score(c.human()),
                            people.get(b).scores().score(c.human())});
                }
            }
        }
        return new CriterionAgreement(c, withJudge.size(), kappa(withJudge), rho(withJudge), betweenPeople.size(),
                kappa(betweenPeople), rho(betweenPeople));
    }

    private static VoteAgreement votes(Map<String, ModelJudgement> judged, List<Vote> votes, JudgeRubric rubric) {
        int comparable = 0;
        int agreeing = 0;
        int ties = 0;
        for (Vote v : votes) {
            if (v.kind() != PairKind.EXPLANATION || !v.choice().decisive() || v.origin() != LabelOrigin.HUMAN) {
                continue;
            }
            OptionalDouble left = meanFor(judged, v.left().runId(), v.itemTitle(), rubric);
            OptionalDouble right = meanFor(judged, v.right().runId(), v.itemTitle(), rubric);
            if (left.isEmpty() || right.isEmpty()) {
                continue;
            }
            if (left.getAsDouble() == right.getAsDouble()) {
                ties++;
                continue;
            }
            comparable++;
            boolean judgePrefersLeft = left.getAsDouble() > right.getAsDouble();
            agreeing += judgePrefersLeft == (v.choice() == Choice.A) ? 1 : 0;
        }
        return new VoteAgreement(comparable, agreeing, ties);
    }

    /** The judge's mean score of the explanation of that item in that run, matched by title as votes name it. */
    private static OptionalDouble meanFor(Map<String, ModelJudgement> judged, String runId, String itemTitle,
                                          JudgeRubric rubric) {
        String title = TitleNormaliser.normalise(itemTitle);
        Optional<ModelJudgement> j = judged.values().stream()
                .filter(m -> m.runId().equals(runId) && TitleNormaliser.normalise(m.itemTitle()).equals(title))
                .findFirst();
        return j.isEmpty() ? OptionalDouble.empty()
                : rubric.criteria().stream().map(c -> j.get().score(c.key())).filter(s -> s.isPresent())
                .mapToInt(s -> s.getAsInt()).average();
    }

    private static List<Disagreement> disagreements(Map<String, ModelJudgement> judged,
                                                    Map<String, List<Rating>> rated, List<JudgeCriterion> shared,
                                                    int worst) {
        List<Disagreement> out = new ArrayList<>();
        for (Map.Entry<String, List<Rating>> e : rated.entrySet()) {
            ModelJudgement j = judged.get(e.getKey());
            if (j == null || shared.isEmpty()) {
                continue;
            }
            double gap = 0;
            double judgeSum = 0;
            double peopleSum = 0;
            for (JudgeCriterion c : shared) {
                int judge = j.score(c.key()).orElseThrow();
                double people = e.getValue().stream().mapToInt(r -> r.scores().score(c.human())).average()
                        .orElseThrow();
                gap += Math.abs(judge - people);
                judgeSum += judge;
                peopleSum += people;
            }
            int n = shared.size();
            out.add(new Disagreement(j.runId(), j.rank(), j.itemTitle(), gap / n, judgeSum / n, peopleSum / n,
                    j.reason()));
        }
        out.sort(Comparator.comparingDouble(Disagreement::gap).reversed().thenComparing(Disagreement::runId)
                .thenComparingInt(Disagreement::rank));
        return out.subList(0, Math.min(worst, out.size()));
    }

    private static double kappa(List<int[]> pairs) {
        return AgreementStatistics.quadraticKappa(column(pairs, 0), column(pairs, 1));
    }

    private static double rho(List<int[]> pairs) {
        return AgreementStatistics.spearman(column(pairs, 0), column(pairs, 1));
    }

    private static int[] column(List<int[]> pairs, int index) {
        return pairs.stream().mapToInt(p -> p[index]).toArray();
    }

    private static String key(String runId, int rank) {
        return runId + "#" + rank;
    }
}
