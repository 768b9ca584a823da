package org.llm4rec.explorer.domain.prompt;

import org.llm4rec.explorer.domain.parse.AnswerJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.Reaction;
import org.llm4rec.explorer.domain.scoring.RatingErrors;
import org.llm4rec.explorer.domain.scoring.Truth;
import org.llm4rec.explorer.domain.scoring.YesNoScores;

/**
 * One question per candidate, as the point-wise sources ask it: a rating from 1 to 5 (Liu et al.'s rating
 * prediction) or Yes/No (TALLRec). The candidates are then ranked by the answers, highest rating or Yes first.
 */
public final class CandidateQuestionStrategy extends BuiltInStrategy implements StepwiseStrategy {
    public static final String POINTWISE = "pointwise-rating";
    public static final String YES_NO = "yes-no";
    private static final Pattern RATING = Pattern.compile("(?<![\\d.])([1-5](?:\\.\\d+)?)(?![\\d.]*\\d)");

    private final Function<String, Double> score;

    private CandidateQuestionStrategy(String id, String name, String about, Function<String, Double> score) {
        super(id, name, about);
        this.score = score;
    }

    public static CandidateQuestionStrategy pointwiseRating() {
        return new CandidateQuestionStrategy(POINTWISE, "Pointwise rating prediction (advanced)",
                "Asks, once per candidate, \"How will I rate <item> from 1 to 5? Answer with the number only\","
                        + " after the user's rating history: the rating prediction task of Liu et al. (2023), \"Is"
                        + " ChatGPT a Good Recommender? A Preliminary Study\", and the point-wise prompts of Dai et"
                        + " al. (2023), LLM4RS. Candidates are ranked by predicted rating. Its fitting metrics are"
                        + " RMSE and MAE against known ratings; one call per candidate makes it slow.",
                CandidateQuestionStrategy::rating);
    }

    public static CandidateQuestionStrategy yesNo() {
        return new CandidateQuestionStrategy(YES_NO, "Yes/No preference (TALLRec format, advanced)",
                "Asks, once per candidate, in the instruction format of Bao et al. (2023), \"TALLRec\": \"User"
                        + " preference: <liked items>. User unpreference: <disliked items>. Will the user like the"
                        + " target item <X>? Answer Yes or No.\" Liked means rated 4 or more, liked, or unjudged;"
                        + " disliked means rated below 4 or marked disliked. TALLRec"
                        + " tunes the model on this format and scores AUC from the Yes/No probabilities; here the"
                        + " model is not tuned; candidates rank by how far the answer leans to Yes (a stated"
                        + " confidence, else Yes before No), and accuracy and AUC are scored on the candidates"
                        + " whose liking the profile knows.",
                CandidateQuestionStrategy::yes);
    }

    @Override
    public boolean ranksCandidates() {
        return true;
    }

    @Override
    public int stepCount(StrategyInput input) {
        return input.candidates().size();
    }

    @Override
    public String stepName(int index, StrategyInput input) {
        return "Candidate " + (index + 1);
    }

    @Override
    public StrategyPrompt step(int index, StrategyInput input, PromptTemplate template, List<String> answers) {
        Map<String, PromptVariable> variables = new HashMap<>(PromptVariables.of(input));
        variables.put("target_item",
                new PromptVariable(PromptPart.CANDIDATES, input.candidates().get(index).label()));
        variables.put("liked_items", new PromptVariable(PromptPart.HISTORY, titles(input, true)));
        variables.put("disliked_items", new PromptVariable(PromptPart.HISTORY, titles(input, false)));
        variables.put("history_heading", PromptVariable.instruction(input.historyRated()
                ? "Here is my rating history, oldest first (ratings from 1 to 5):"
                : "Here is my history, oldest first (I rated none of it):"));
        return new StrategyPrompt(renderer.render(template, variables), null);
    }

    /** The candidates ranked by their answers (unreadable answers last), each with its answer as the reason. */
    @Override
    public String combine(StrategyInput input, List<String> answers) {
        record Scored(Item item, Double score, String answer, int order) {
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < input.candidates().size() && i < answers.size(); i++) {
            String answer = answers.get(i).strip();
            scored.add(new Scored(input.candidates().get(i), score.apply(answer), answer, i));
        }
        scored.sort(Comparator.comparing((Scored s) -> s.score() == null ? Double.NEGATIVE_INFINITY : s.score())
                .reversed().thenComparingInt(Scored::order));
        AnswerJson list = new AnswerJson();
        for (Scored s : scored) {
            list.add(s.item(), "The model answered: " + (s.score() == null ? "(unreadable) " : "")
                    + firstLine(s.answer()));
        }
        return list.text();
    }

    /**
     * Pointwise: RMSE and MAE over the candidates the profile rated (in practice the held-out targets). Yes/No:
     * accuracy and AUC over the candidates whose liking the profile knows ({@link Truth}); other candidates have no
     * truth and are not scored. Single-run figures; over many users they need an experiment.
     */
    @Override
    public String score(StrategyInput input, List<String> answers) {
        Truth truth = new Truth(input.profile());
        List<RatingErrors.Prediction> predictions = new ArrayList<>();
        List<YesNoScores.Answer> decisions = new ArrayList<>();
        for (int i = 0; i < input.candidates().size() && i < answers.size(); i++) {
            String itemId = input.candidates().get(i).id();
            String answer = answers.get(i);
            if (id().equals(POINTWISE)) {
                Double predicted = rating(answer);
                truth.rating(itemId).filter(r -> predicted != null)
                        .ifPresent(actual -> predictions.add(new RatingErrors.Prediction(predicted, actual)));
            } else {
                YesNoAnswer.read(answer).ifPresent(read -> truth.liked(itemId).ifPresent(liked ->
                        decisions.add(new YesNoScores.Answer(read.yes(), read.yesScore(), liked, read.bare()))));
            }
        }
        String scored = id().equals(POINTWISE)
                ? RatingErrors.of(predictions).map(RatingErrors::describe).orElse("")
                : YesNoScores.of(decisions).map(s -> s.describe() + " (liked: rated "
                        + (int) Truth.LIKED_FROM + " or more, or marked liked)").orElse("");
        return scored.isEmpty() ? ""
                : "Scored: " + scored + "; candidates without a rating or reaction in the profile are not scored.";
    }

    static Double rating(String answer) {
        Matcher m = RATING.matcher(answer);
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }

    /** How strongly the answer leans to Yes, so that a stated confidence orders the Yes answers among themselves. */
    static Double yes(String answer) {
        return YesNoAnswer.read(answer).map(YesNoAnswer::yesScore).orElse(null);
    }

    /**
     * The prompt's history split as TALLRec splits it: disliked is a dislike, or a rating under
     * {@link Truth#LIKED_FROM} that no like overrides; everything else (a like, a high rating, no judgement) is
     * liked, since a history is evidence of interest.
     */
    private static String titles(StrategyInput input, boolean liked) {
        List<String> titles = input.profile().promptHistory().stream()
                .filter(e -> liked != disliked(e)).map(ProfileEntry::item).map(Item::title).toList();
        return titles.isEmpty() ? "(none)" : String.join(", ", titles);
    }

    private static boolean disliked(ProfileEntry e) {
        return e.reaction() == Reaction.DISLIKED
                || (e.reaction() != Reaction.LIKED && e.rating() != null && e.rating() < Truth.LIKED_FROM);
    }

    private static String firstLine(String text) {
        String line = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
