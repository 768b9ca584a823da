package org.llm4rec.explorer.domain.study;

import java.util.Locale;

/** The questions a study asks, each after one of the controlled studies of the literature. */
public enum StudyKind {
    ORDER("Does the model perceive order?",
            "The same users ranked with their history in its real order, shuffled, and replaced by a fake history"
                    + " of random items they never touched. A model that reads the order scores lower when it is"
                    + " shuffled; a model that reads the history at all scores lower with a fake one.",
            "LLMRank (Hou et al., ECIR 2024), Fig. 1a", "history order"),
    HISTORY_LENGTH("History length",
            "The same users ranked with the last K items of their history shown, for several K. Does the model"
                    + " make use of a longer history?",
            "LLMRank (Hou et al., ECIR 2024), Fig. 1b", "K (history items shown)"),
    POSITION_BIAS("Position bias",
            "The target placed at a fixed position among the M candidates, for several positions: a model that"
                    + " favours what is listed first scores lower the later the target stands. Then the same with"
                    + " the candidates ranked in B shuffled orders and the ranks summed (bootstrapping), the cure"
                    + " LLMRank proposes.",
            "LLMRank (Hou et al., ECIR 2024), Fig. 2a and 2b", "target position among the candidates"),
    POPULARITY_BIAS("Popularity bias",
            "How popular the model's first pick is, against a random candidate and the user's history, for"
                    + " several history lengths K. A model with popularity bias picks items more popular than the"
                    + " candidates it is given.",
            "LLMRank (Hou et al., ECIR 2024), Fig. 2c and 2d", "K (history items shown)"),
    STRATEGIES("Strategies compared",
            "Sequential, recency-focused and in-context prompts for each model, beside the popularity, item-kNN"
                    + " and random baselines on the same users and candidates: the layout of LLMRank's Table 2.",
            "LLMRank (Hou et al., ECIR 2024), Table 2", "strategy"),
    SWEEP("Sweep of parameters",
            "One option or protocol parameter (temperature, M, K, num_ctx, the template version or the model) over a"
                    + " list of values, all else held fixed. With panels by a second parameter, one small chart per"
                    + " value of it, all on one y axis.",
            "", "parameter value");

    private final String title;
    private final String question;
    private final String source;
    private final String axis;

    StudyKind(String title, String question, String source, String axis) {
        this.title = title;
        this.question = question;
        this.source = source;
        this.axis = axis;
    }

    public String title() {
        return title;
    }

    /** What the study tests, in a few sentences. */
    public String question() {
        return question;
    }

    /** The paper and figure it repeats; empty for a free sweep. */
    public String source() {
        return source;
    }

    /** What its x axis is. */
    public String axis() {
        return axis;
    }

    /** "history-length", the spelling of the command line. */
    public String token() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind a command-line token names; the message lists the known ones. */
    public static StudyKind of(String token) {
        String wanted = token.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (StudyKind kind : values()) {
            if (kind.name().equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown study \"" + token + "\"; known: " + String.join(", ",
                java.util.Arrays.stream(values()).map(StudyKind::token).toList()) + ".");
    }
}
