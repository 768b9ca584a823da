package org.llm4rec.explorer.domain.prompt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llm4rec.explorer.domain.parse.AnswerJson;

/**
 * NIR's three chained calls: summarise the user's preferences, pick the representative items of the history,
 * then recommend candidates each paired with the history item it follows from.
 */
public final class NirStrategy extends BuiltInStrategy implements StepwiseStrategy {
    public static final String ID = "nir-multi-step";
    private static final List<String> STEPS = List.of("Preferences", "Representative items", "Recommendations");
    /**
     * "3. Watched item -> Candidate", the pairing step 3 asks for; other arrows, a dash or an en dash between the
     * two, and the line in brackets with a trailing comma ("[1. Cliffhanger - Die Hard 2],") as models write it.
     * With a dash, the first one splits: the history item comes first and is the one the model copies verbatim.
     */
    private static final Pattern PAIR = pair("\\s*(?:->|→|=>|—>)\\s*");
    /** An en or em dash before a hyphen: "Star Wars: Episode VI - Return of the Jedi – Alien" splits at "–". */
    private static final Pattern LONG_DASH_PAIR = pair("\\s+[–—]\\s+");
    private static final Pattern DASH_PAIR = pair("\\s+-\\s+");
    private static final String ABOUT =
            "Three chained calls, as in Wang & Lim (2023), \"Zero-Shot Next-Item Recommendation using Large"
            + " Pretrained Language Models\" (NIR): (1) what features matter most to the user, (2) the most"
            + " representative items of the history (at most 5), (3) recommendations from the candidate set,"
            + " each written as \"<history item> -> <candidate>\", so every pick names the item it follows"
            + " from. Each call repeats the candidates and the last 8 items plus the earlier answers; each"
            + " step's prompt and answer is kept. NIR drew its 19 candidates by user filtering (items of the"
            + " 12 most similar users); note that its published script scored only users whose candidates"
            + " held the target.";

    private static Pattern pair(String separator) {
        return Pattern.compile("^\\s*\\[?\\s*(?:\\d{1,3}\\s*[.)]\\s*)?(.+?)" + separator
                + "(.+?)\\s*(?:]\\s*)?[,;]?\\s*$");
    }

    public NirStrategy() {
        super(ID, "Multi-step (NIR)", ABOUT);
    }

    @Override
    public boolean ranksCandidates() {
        return true;
    }

    @Override
    public int stepCount(StrategyInput input) {
        return STEPS.size();
    }

    @Override
    public String stepName(int index, StrategyInput input) {
        return STEPS.get(index);
    }

    @Override
    public StrategyPrompt step(int index, StrategyInput input, PromptTemplate template, List<String> answers) {
        if (input.candidates().isEmpty()) {
            throw new IllegalArgumentException("NIR recommends from a candidate set, but none was drawn: choose a"
                    + " candidate generator in the Strategy step.");
        }
        Map<String, PromptVariable> variables = new HashMap<>(PromptVariables.of(input));
        variables.put("preferences_answer", answer(answers, 0));
        variables.put("selected_answer", answer(answers, 1));
        return new StrategyPrompt(renderer.render(TemplateSections.section(template, index, STEPS.size()),
                variables), null);
    }

    /** Step 3's pairs as a list the parser reads: the candidate as the item, its history item as the reason. */
    @Override
    public String combine(StrategyInput input, List<String> answers) {
        String last = answers.isEmpty() ? "" : answers.get(answers.size() - 1);
        AnswerJson list = new AnswerJson();
        for (String line : last.split("\\R")) {
            Matcher m = PAIR.matcher(line);
            if (!m.matches()) {
                m = LONG_DASH_PAIR.matcher(line);
            }
            if (!m.matches()) {
                m = DASH_PAIR.matcher(line);
            }
            if (m.matches()) {
                list.addWritten(m.group(2), "Paired with " + m.group(1) + ", from the history.");
            }
        }
        // Without a single pair the model ignored the format: its own list is the best there is to read.
        return list.isEmpty() ? last : list.text();
    }

    private static PromptVariable answer(List<String> answers, int index) {
        return new PromptVariable(PromptPart.PREFERENCES, index < answers.size() ? answers.get(index).strip() : "");
    }
}
