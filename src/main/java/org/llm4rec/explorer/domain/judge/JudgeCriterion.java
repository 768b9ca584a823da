package org.llm4rec.explorer.domain.judge;

import java.util.Objects;
import java.util.Optional;

/**
 * One question a judge scores an explanation on, from 1 to 5.
 *
 * @param key        the name the judge answers under in its JSON ("relevance")
 * @param label      shown in tables ("Relevance")
 * @param question   what the judge is asked
 * @param human      the rubric question people answer for the same thing, or null when people are not asked it
 */
public record JudgeCriterion(String key, String label, String question, Criterion human) {
    public JudgeCriterion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(question, "question");
    }

    static JudgeCriterion of(Criterion human) {
        return new JudgeCriterion(human.name().toLowerCase(java.util.Locale.ROOT), human.label(), human.question(),
                human);
    }

    /** The people's criterion to compare with, when there is one. */
    public Optional<Criterion> humanCounterpart() {
        return Optional.ofNullable(human);
    }
}
