package org.llm4rec.explorer.ui.present;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.llm4rec.explorer.domain.prompt.PromptLists;
import org.llm4rec.explorer.domain.prompt.PromptPart;
import org.llm4rec.explorer.domain.prompt.PromptSegment;

/**
 * A prompt taken apart for a class: the steps in the order a teacher explains them (instruction, history,
 * candidates, demonstrations, format), each with the parts it uncovers; only the steps the prompt has.
 */
public final class PromptAnatomy {

    /**
     * One step of the explanation.
     *
     * @param title       what the step is called
     * @param explanation what this part of the prompt does, in one sentence
     * @param parts       the prompt parts it uncovers
     */
    public record Step(String title, String explanation, Set<PromptPart> parts) {
    }

    private static final String HISTORY = "History";
    private static final Step RATED_HISTORY = new Step(HISTORY, "What this user has read or watched, with ratings:"
            + " the evidence the model works from.", EnumSet.of(PromptPart.HISTORY, PromptPart.PREFERENCES));
    private static final List<Step> ORDER = List.of(
            new Step("Instruction", "Tells the model its role and the task: what to recommend and for whom.",
                    EnumSet.of(PromptPart.INSTRUCTION)),
            new Step(HISTORY, "What this user has read or watched: the evidence the model works from.",
                    EnumSet.of(PromptPart.HISTORY, PromptPart.PREFERENCES)),
            new Step("Candidates", "The items the model may choose from: ranking them is easier than inventing.",
                    EnumSet.of(PromptPart.CANDIDATES)),
            new Step("Demonstrations", "Worked examples from other users that show the model what is expected.",
                    EnumSet.of(PromptPart.DEMONSTRATIONS)),
            new Step("Format", "How the answer must be written, so that the app can read it back.",
                    EnumSet.of(PromptPart.OUTPUT_FORMAT)));

    private final List<PromptSegment> segments;
    private final List<Step> steps;
    private final boolean partsKnown;

    /**
     * @param parts  the prompt's segments when known
     * @param prompt the prompt's text, used alone when its parts were not recorded
     */
    public PromptAnatomy(List<PromptSegment> parts, String prompt) {
        partsKnown = !parts.isEmpty();
        if (partsKnown) {
            segments = List.copyOf(parts);
            List<Step> present = new ArrayList<>();
            for (Step step : ORDER) {
                if (parts.stream().anyMatch(s -> step.parts().contains(s.part()) && !s.text().isBlank())) {
                    present.add(step.title().equals(HISTORY) && rated(parts) ? RATED_HISTORY : step);
                }
            }
            steps = List.copyOf(present);
        } else {
            segments = List.of(new PromptSegment(PromptPart.INSTRUCTION, prompt == null ? "" : prompt));
            steps = List.of(new Step("The whole prompt", "This run's prompt was kept as text only, so its parts "
                    + "cannot be shown one by one; runs made in this session, and their JSON exports, have them.",
                    EnumSet.allOf(PromptPart.class)));
        }
    }

    private static boolean rated(List<PromptSegment> parts) {
        return parts.stream().anyMatch(s -> s.part() == PromptPart.HISTORY && PromptLists.showsRatings(s.text()));
    }

    public List<Step> steps() {
        return steps;
    }

    public List<PromptSegment> segments() {
        return segments;
    }

    /** False when only the prompt's text is known. */
    public boolean partsKnown() {
        return partsKnown;
    }

    /** The parts uncovered after the given number of steps. */
    public Set<PromptPart> uncoveredAfter(int stepCount) {
        Set<PromptPart> parts = EnumSet.noneOf(PromptPart.class);
        steps.stream().limit(stepCount).forEach(step -> parts.addAll(step.parts()));
        return parts;
    }
}
