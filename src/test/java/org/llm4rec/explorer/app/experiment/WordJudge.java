package org.llm4rec.explorer.app.experiment;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake model judge whose scores follow a known rule: 5 on every criterion of the app's rubric for an explanation
 * containing a word, 1 otherwise, answered as models do (a preamble, then a fenced JSON block).
 */
public final class WordJudge {
    private static final Pattern EXPLANATION = Pattern.compile(
            "The explanation given to the user:\\n(.*?)\\n\\nScore the explanation", Pattern.DOTALL);

    private WordJudge() {
    }

    public static Function<String, String> scoring(String word) {
        return prompt -> {
            Matcher m = EXPLANATION.matcher(prompt);
            if (!m.find()) {
                return "I cannot find the explanation to score.";
            }
            int score = m.group(1).toLowerCase().contains(word) ? 5 : 1;
            return "Here is my assessment.\n\n```json\n{\"scores\": {\"relevance\": " + score + ", \"specificity\": "
                    + score + ", \"persuasiveness\": " + score + ", \"faithfulness\": " + score + "},\n"
                    + " \"reason\": \"" + (score == 5 ? "Names what the user liked." : "Generic.") + "\"}\n```";
        };
    }
}
