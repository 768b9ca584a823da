package org.llm4rec.explorer.domain.prompt;

import java.util.List;
import java.util.Optional;

/** The strategies that ship with the app, in the order they are offered. */
public final class Strategies {
    private static final List<PromptStrategy> BUILT_IN = List.of(
            new ZeroShotDirectStrategy(),
            RankingStrategy.sequential(),
            RankingStrategy.recencyFocused(),
            RankingStrategy.inContext(),
            RankingStrategy.chainOfThought(),
            new NirStrategy(),
            CandidateQuestionStrategy.pointwiseRating(),
            new PairwiseStrategy(),
            CandidateQuestionStrategy.yesNo(),
            EmbeddingStrategy.likedItems(),
            EmbeddingStrategy.profileText(),
            EmbeddingStrategy.wholeCatalogue());

    private Strategies() {
    }

    public static List<PromptStrategy> all() {
        return BUILT_IN;
    }

    public static Optional<PromptStrategy> byId(String id) {
        return BUILT_IN.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
