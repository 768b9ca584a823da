package org.llm4rec.explorer.fake;

import java.util.Locale;
import java.util.Optional;

/**
 * Short answers to the one-question prompts (a rating, Yes/No, A or B) so that the demo server's answers to
 * those strategies can be read and scored; each depends only on the prompt, so a run can be repeated.
 */
final class DemoQuestionAnswers {
    private DemoQuestionAnswers() {
    }

    static Optional<String> forPrompt(String prompt) {
        int spread = Math.floorMod(prompt.hashCode(), 100);
        if (prompt.contains("Answer Yes or No")) {
            return Optional.of(String.format(Locale.ROOT, "%s, confidence %.2f", spread < 60 ? "Yes" : "No",
                    0.5 + spread % 50 / 100.0));
        }
        if (prompt.contains("on a scale of 1 to 5")) {
            return Optional.of(Integer.toString(1 + spread % 5));
        }
        if (prompt.contains("Answer with A or B")) {
            return Optional.of(spread < 50 ? "A" : "B");
        }
        return Optional.empty();
    }
}
