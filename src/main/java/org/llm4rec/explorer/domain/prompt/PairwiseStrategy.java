package org.llm4rec.explorer.domain.prompt;

import org.llm4rec.explorer.domain.parse.AnswerJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.scoring.PairwiseScores;
import org.llm4rec.explorer.domain.scoring.Truth;

/**
 * LLM4RS's pair-wise prompt: "which of (A) and (B) would the user prefer?", asked for every pair of the first few
 * candidates; the candidates are ranked by wins (a tie or an unreadable answer gives each half a win).
 */
public final class PairwiseStrategy extends BuiltInStrategy implements StepwiseStrategy {
    public static final String ID = "pairwise";
    /** All pairs of 6 candidates are 15 calls; more would make a run too slow to watch. */
    static final int MAX_COMPARED = 6;
    private static final Pattern CHOICE = Pattern.compile("(?<![A-Za-z])\\(?([AB])\\)?(?![A-Za-z])");
    private static final String ABOUT =
            "Asks which of two candidates the user would prefer, \"(A) ... (B) ... Output: the answer index"
            + " is\", as in the pair-wise prompts of Dai et al. (2023), \"Uncovering ChatGPT's Capabilities in"
            + " Recommender Systems\" (LLM4RS). Every pair of the first " + MAX_COMPARED + " candidates is"
            + " asked once and the candidates are ranked by wins. Accuracy on pairs with a known preference"
            + " is what fits; asking each pair both ways round would expose position bias.";

    public PairwiseStrategy() {
        super(ID, "Pairwise preference (advanced)", ABOUT);
    }

    @Override
    public boolean ranksCandidates() {
        return true;
    }

    @Override
    public int stepCount(StrategyInput input) {
        int n = compared(input).size();
        return n * (n - 1) / 2;
    }

    @Override
    public String stepName(int index, StrategyInput input) {
        int[] pair = pair(index, compared(input).size());
        return "Pair " + (pair[0] + 1) + " vs " + (pair[1] + 1);
    }

    @Override
    public StrategyPrompt step(int index, StrategyInput input, PromptTemplate template, List<String> answers) {
        List<Item> items = compared(input);
        int[] pair = pair(index, items.size());
        Map<String, PromptVariable> variables = new HashMap<>(PromptVariables.of(input));
        variables.put("option_a", new PromptVariable(PromptPart.CANDIDATES, items.get(pair[0]).label()));
        variables.put("option_b", new PromptVariable(PromptPart.CANDIDATES, items.get(pair[1]).label()));
        return new StrategyPrompt(renderer.render(template, variables), null);
    }

    @Override
    public String combine(StrategyInput input, List<String> answers) {
        List<Item> items = compared(input);
        double[] wins = new double[items.size()];
        for (int i = 0; i < answers.size() && i < stepCount(input); i++) {
            int[] pair = pair(i, items.size());
            Matcher m = CHOICE.matcher(answers.get(i));
            if (m.find()) {
                wins[m.group(1).equals("A") ? pair[0] : pair[1]] += 1;
            } else {
                wins[pair[0]] += 0.5;
                wins[pair[1]] += 0.5;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> wins[i]).reversed().thenComparingInt(i -> i));
        AnswerJson list = new AnswerJson();
        for (int i : order) {
            list.add(items.get(i), "Won " + (wins[i] % 1 == 0 ? Integer.toString((int) wins[i])
                    : Double.toString(wins[i])) + " of " + (items.size() - 1) + " comparisons.");
        }
        return list.text();
    }

    /** Accuracy over the asked pairs whose two items the profile rated differently (in practice held-out ones). */
    @Override
    public String score(StrategyInput input, List<String> answers) {
        List<Item> items = compared(input);
        Truth truth = new Truth(input.profile());
        List<PairwiseScores.Choice> choices = new ArrayList<>();
        for (int i = 0; i < answers.size() && i < stepCount(input); i++) {
            int[] pair = pair(i, items.size());
            Optional<Double> a = truth.rating(items.get(pair[0]).id());
            Optional<Double> b = truth.rating(items.get(pair[1]).id());
            Matcher m = CHOICE.matcher(answers.get(i));
            if (a.isPresent() && b.isPresent() && m.find()) {
                choices.add(new PairwiseScores.Choice(a.get(), b.get(), m.group(1).equals("A")));
            }
        }
        return PairwiseScores.of(choices).map(s -> "Scored: " + s.describe() + ".").orElse("");
    }

    private static List<Item> compared(StrategyInput input) {
        return input.candidates().subList(0, Math.min(MAX_COMPARED, input.candidates().size()));
    }

    /** The index-th pair (i, j), i < j, in the order (0,1), (0,2), ... (1,2), ... */
    static int[] pair(int index, int n) {
        int k = index;
        for (int i = 0; i < n; i++) {
            int row = n - i - 1;
            if (k < row) {
                return new int[] {i, i + 1 + k};
            }
            k -= row;
        }
        throw new IndexOutOfBoundsException("pair " + index + " of " + n + " items");
    }
}
