package org.llm4rec.explorer.app.judge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.app.port.ModelJudgementRepository;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.compare.ItemKey;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.judge.Judge;
import org.llm4rec.explorer.domain.judge.JudgeAnswer;
import org.llm4rec.explorer.domain.judge.JudgePrompt;
import org.llm4rec.explorer.domain.judge.ModelJudgement;
import org.llm4rec.explorer.domain.judge.PairJudgement;
import org.llm4rec.explorer.domain.judge.PairwiseSummary;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmRequest;
import org.llm4rec.explorer.domain.parse.JsonInText;
import org.llm4rec.explorer.domain.prompt.PromptTemplate;
import org.llm4rec.explorer.domain.run.RunRecord;

/**
 * Runs model judges over the explanations of a comparison or an experiment. Every answer is stored as it arrives,
 * so a judge run that stops (a crash, a cancel) resumes where it stopped; judge calls go through the same client
 * as recommendations, so through the response cache and the endpoint pool. Judges are asked at temperature 0, so
 * that the same judge gives the same scores again.
 */
public final class ModelJudgeService {
    private static final GenerationOptions JUDGE_OPTIONS = GenerationOptions.defaults().withTemperature(0.0);

    private final LlmClient llm;
    private final ModelJudgementRepository store;
    private final Clock clock;

    public ModelJudgeService(LlmClient llm, ModelJudgementRepository store, Clock clock) {
        this.llm = llm;
        this.store = store;
        this.clock = clock;
    }

    /** How many explanations of the runs a judge run would ask this judge about now, and how many it scored before. */
    public JudgePlan plan(Judge judge, List<RunRecord> runs) {
        Set<String> done = scoredBy(judge);
        int toJudge = 0;
        int before = 0;
        for (RunRecord run : runs) {
            for (Recommendation item : run.recommendations()) {
                if (!item.explanation().isBlank()) {
                    if (done.contains(key(run.id(), item.rank()))) {
                        before++;
                    } else {
                        toJudge++;
                    }
                }
            }
        }
        return new JudgePlan(toJudge, before);
    }

    /** Scores every explanation of the runs that this judge has not scored yet. */
    public JudgeOutcome judge(Judge judge, List<JudgedRun> runs, JudgeProgress progress, Cancellation cancel) {
        Set<String> done = scoredBy(judge);
        List<Task> tasks = new ArrayList<>();
        for (JudgedRun r : runs) {
            for (Recommendation item : r.run().recommendations()) {
                if (!item.explanation().isBlank()) {
                    tasks.add(new Task(r, item));
                }
            }
        }
        Counts counts = new Counts(tasks.size(), progress);
        for (Task task : tasks) {
            if (cancel.isCancelled()) {
                return counts.outcome(true);
            }
            if (done.contains(key(task.run().run().id(), task.item().rank()))) {
                counts.resumed(task.item().title());
                continue;
            }
            String prompt = JudgePrompt.scores(judge, task.run().history(), label(task.item()),
                    task.item().explanation()).text();
            try {
                String answer = ask(judge.model(), prompt, cancel);
                JudgeAnswer read = JudgeAnswer.scores(answer, judge.rubric().criteria());
                store.save(new ModelJudgement(judge.id(), judge.model(), judge.template().id(),
                        judge.template().version(), task.run().run().id(), task.item().rank(), task.item().title(),
                        read.scores(), read.reason(), answer, read.problem(), clock.instant()));
                counts.judged(task.item().title(), read.readable());
            } catch (LlmException e) {
                counts.failed(task.item().title() + ": " + e.getMessage());
            }
        }
        return counts.outcome(false);
    }

    /**
     * Asks which of two explanations of the same item is better, for every item both runs list, in both orders.
     * Verdicts already stored for this judge are not asked again.
     */
    public JudgeOutcome judgePairs(String model, PromptTemplate template, JudgedRun first, JudgedRun second,
                                   JudgeProgress progress, Cancellation cancel) {
        String judgeId = pairJudgeId(model, template);
        Set<String> done = store.allPairs().stream().filter(j -> j.judgeId().equals(judgeId))
                .map(j -> j.pairKey() + "#" + j.firstRunId()).collect(Collectors.toCollection(HashSet::new));
        List<Recommendation[]> pairs = sharedExplained(first.run(), second.run());
        Counts counts = new Counts(pairs.size() * 2, progress);
        for (Recommendation[] pair : pairs) {
            String pairKey = first.run().id() + "|" + second.run().id() + "|" + ItemKey.of(pair[0]).value();
            for (boolean swapped : new boolean[] {false, true}) {
                if (cancel.isCancelled()) {
                    return counts.outcome(true);
                }
                JudgedRun a = swapped ? second : first;
                JudgedRun b = swapped ? first : second;
                Recommendation shownFirst = swapped ? pair[1] : pair[0];
                Recommendation shownSecond = swapped ? pair[0] : pair[1];
                if (done.contains(pairKey + "#" + a.run().id())) {
                    counts.resumed(shownFirst.title());
                    continue;
                }
                String prompt = JudgePrompt.pair(template, first.history(), label(pair[0]),
                        shownFirst.explanation(), shownSecond.explanation()).text();
                try {
                    String answer = ask(model, prompt, cancel);
                    var verdict = JudgeAnswer.verdict(answer);
                    if (verdict.isPresent()) {
                        String reason = JsonInText.firstObject(answer, n -> true).map(JudgeAnswer::reasonOf).orElse("");
                        store.savePair(new PairJudgement(judgeId, pairKey, a.run().id(), b.run().id(),
                                shownFirst.rank(), shownSecond.rank(), pair[0].title(), verdict.get(), reason,
                                answer, clock.instant()));
                    }
                    counts.judged(shownFirst.title(), verdict.isPresent());
                } catch (LlmException e) {
                    counts.failed(shownFirst.title() + ": " + e.getMessage());
                }
            }
        }
        return counts.outcome(false);
    }

    /** The stored verdicts of a pairwise judge on two runs, summarised. */
    public PairwiseSummary pairSummary(String model, PromptTemplate template, String firstRunId,
                                       String secondRunId) {
        return PairwiseSummary.of(pairs(model, template, firstRunId, secondRunId));
    }

    /** The stored verdicts of a pairwise judge on two runs, both orders of each pair, oldest first. */
    public List<PairJudgement> pairs(String model, PromptTemplate template, String firstRunId, String secondRunId) {
        String judgeId = pairJudgeId(model, template);
        String prefix = firstRunId + "|" + secondRunId + "|";
        return store.allPairs().stream()
                .filter(j -> j.judgeId().equals(judgeId) && j.pairKey().startsWith(prefix)).toList();
    }

    /** How many explanations {@link #judgePairs} compares: items both runs list, each with an explanation. */
    public static int sharedExplanations(RunRecord first, RunRecord second) {
        return sharedExplained(first, second).size();
    }

    private Set<String> scoredBy(Judge judge) {
        return store.all().stream().filter(j -> j.judgeId().equals(judge.id()))
                .map(j -> key(j.runId(), j.rank())).collect(Collectors.toCollection(HashSet::new));
    }

    private static String key(String runId, int rank) {
        return runId + "#" + rank;
    }

    public static String pairJudgeId(String model, PromptTemplate template) {
        return model + " · " + template.id() + " v" + template.version();
    }

    private String ask(String model, String prompt, Cancellation cancel) throws LlmException {
        return llm.generate(new LlmRequest(model, prompt, JUDGE_OPTIONS, null), LlmListener.NONE, cancel).text();
    }

    /** Items with an explanation in both lists, as [first run's, second run's], in the first list's order. */
    private static List<Recommendation[]> sharedExplained(RunRecord first, RunRecord second) {
        Map<ItemKey, Recommendation> inSecond = second.recommendations().stream()
                .filter(r -> !r.explanation().isBlank())
                .collect(Collectors.toMap(ItemKey::of, Function.identity(), (x, y) -> x));
        List<Recommendation[]> pairs = new ArrayList<>();
        Set<ItemKey> seen = new HashSet<>();
        for (Recommendation r : first.recommendations()) {
            Recommendation other = inSecond.get(ItemKey.of(r));
            if (other != null && !r.explanation().isBlank() && seen.add(ItemKey.of(r))) {
                pairs.add(new Recommendation[] {r, other});
            }
        }
        return pairs;
    }

    private static String label(Recommendation item) {
        return item.grounding().grounded() ? item.grounding().item().label()
                : item.creator().isBlank() ? item.title() : item.title() + " by " + item.creator();
    }

    private record Task(JudgedRun run, Recommendation item) {
    }

    /** Counts what happened and reports progress after each explanation. */
    private static final class Counts {
        private final int total;
        private final JudgeProgress progress;
        private final List<String> failures = new ArrayList<>();
        private int judged;
        private int resumed;
        private int unreadable;

        Counts(int total, JudgeProgress progress) {
            this.total = total;
            this.progress = progress;
        }

        void judged(String title, boolean readable) {
            judged++;
            unreadable += readable ? 0 : 1;
            report((readable ? "judged " : "could not read the judge's answer for ") + title);
        }

        void resumed(String title) {
            resumed++;
            report("already judged " + title);
        }

        void failed(String message) {
            failures.add(message);
            report("failed: " + message);
        }

        private void report(String note) {
            progress.progress(judged + resumed + failures.size(), total, note);
        }

        JudgeOutcome outcome(boolean cancelled) {
            return new JudgeOutcome(judged, resumed, unreadable, failures, cancelled);
        }
    }
}
