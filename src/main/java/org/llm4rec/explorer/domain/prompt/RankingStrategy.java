package org.llm4rec.explorer.domain.prompt;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llm4rec.explorer.domain.parse.LetterAnswer;

/**
 * The single-call candidate ranking strategies: LLMRank's sequential, recency-focused and in-context prompts,
 * and a chain-of-thought prompt that reasons before it ranks. They differ in template, taxonomy and how the
 * answer is read; candidates are drawn beforehand and shown in the recorded order.
 */
public final class RankingStrategy extends BuiltInStrategy {
    public static final String SEQUENTIAL = "llmrank-sequential";
    public static final String RECENCY = "llmrank-recency";
    public static final String IN_CONTEXT = "in-context";
    public static final String CHAIN_OF_THOUGHT = "chain-of-thought";

    private static final String LLMRANK = "Hou et al. (2024), \"Large Language Models are Zero-Shot Rankers for"
            + " Recommender Systems\" (LLMRank, ECIR 2024)";
    /** The heading the chain-of-thought prompt asks to put before the list. */
    private static final Pattern RANKING_HEADING = Pattern.compile(
            "(?im)^[ \\t>#*_]*(?:final\\s+)?ranking[ \\t*_]*:[ \\t*_]*");
    /** The template's output format block, {{#format}} or its long name {{#output_format}}. */
    private static final Pattern FORMAT_BLOCK = Pattern.compile(
            "(?s)\\{\\{#(format|output_format)}}.*?\\{\\{/\\1}}");

    private final Paradigm paradigm;
    private final Function<StrategyInput, Map<String, PromptVariable>> extra;
    private final boolean reasonsFirst;

    private RankingStrategy(String id, String name, Paradigm paradigm, String about,
                            Function<StrategyInput, Map<String, PromptVariable>> extra, boolean reasonsFirst) {
        super(id, name, about);
        this.paradigm = paradigm;
        this.extra = extra;
        this.reasonsFirst = reasonsFirst;
    }

    public static RankingStrategy sequential() {
        return new RankingStrategy(SEQUENTIAL, "Candidate ranking, sequential (LLMRank)", Paradigm.PROMPTING,
                "Shows the history in order and M candidates, and asks for a ranking of all of them. This is the"
                        + " sequential prompt of " + LLMRANK + ": the history (the last K items, oldest first; 50 as"
                        + " in LLMRank unless the profile or experiment sets K), the"
                        + " candidates numbered, \"rank these by how likely I am to choose each next\", one per"
                        + " line. Draw candidates with \"random + target\" to reproduce its protocol (20 = the"
                        + " held-out item + 19 random ones, shuffled), and mind that this makes the task far"
                        + " easier than open generation.", input -> Map.of(), false);
    }

    public static RankingStrategy recencyFocused() {
        return new RankingStrategy(RECENCY, "Candidate ranking, recency-focused (LLMRank)", Paradigm.PROMPTING,
                "The sequential ranking prompt plus one sentence naming the most recent item of the history. "
                        + LLMRANK + " found that LLMs read histories as sets and ignore their order; pointing at"
                        + " the latest item raised NDCG@10 on MovieLens-1M from 42.85 to 44.23 with ChatGPT.",
                input -> Map.of(), false);
    }

    public static RankingStrategy inContext() {
        return new RankingStrategy(IN_CONTEXT, "Few-shot / in-context ranking", Paradigm.IN_CONTEXT_LEARNING,
                "Puts k demonstrations before the ranking task: a history and the item that followed it. Taken"
                        + " from the user's own history (the last visible item as the answer to the history before"
                        + " it), this is the in-context prompt of " + LLMRANK + "; taken from the k most similar"
                        + " users (Jaccard over histories) or from random users, it follows the few-shot prompts"
                        + " of Liu et al. (2023), \"Is ChatGPT a Good Recommender?\". Demonstrations never hold"
                        + " the profile's held-out items.", input -> Map.of(), false);
    }

    public static RankingStrategy chainOfThought() {
        return new RankingStrategy(CHAIN_OF_THOUGHT, "Chain-of-thought ranking", Paradigm.CHAIN_OF_THOUGHT,
                "Asks the model to reason step by step about what the history has in common before it ranks the"
                        + " candidates, then to write the ranking under a \"Ranking:\" line; the reasoning is"
                        + " shown apart from the list. With \"native thinking\" on, the request sets Ollama's"
                        + " think option instead and the prompt no longer asks for written reasoning; the trace"
                        + " shows collapsed. Chain-of-thought prompting is one of the three non-tuning paradigms"
                        + " of Wu et al. (2023), \"A Survey on Large Language Models for Recommendation\"; LLMRank's"
                        + " prompts already say \"think step by step\".", RankingStrategy::reasoningRequest, true);
    }

    private static Map<String, PromptVariable> reasoningRequest(StrategyInput input) {
        String plural = ItemKinds.plural(input.dataset() == null ? null : input.dataset().itemKind());
        String text = input.nativeThinking()
                ? "Think it over before you answer."
                : "First write the line \"Reasoning:\" and reason step by step: what do the " + plural
                        + " in my history have in common, " + (input.historyRated() ? "what do my ratings say I"
                        + " avoid, " : "") + "and which candidates fit best?";
        return Map.of("reasoning_request", PromptVariable.instruction(text));
    }

    @Override
    public Paradigm paradigm() {
        return paradigm;
    }

    @Override
    public boolean ranksCandidates() {
        return true;
    }

    @Override
    public boolean answersByLetter() {
        return true;
    }

    @Override
    public boolean usesDemonstrations() {
        return paradigm == Paradigm.IN_CONTEXT_LEARNING;
    }

    @Override
    public StrategyPrompt build(StrategyInput input, PromptTemplate template) {
        if (input.candidates().isEmpty()) {
            throw new IllegalArgumentException("\"" + name() + "\" ranks candidates, but none were drawn: choose a"
                    + " candidate generator in the Strategy step.");
        }
        Map<String, PromptVariable> variables = new HashMap<>(PromptVariables.of(input));
        variables.putAll(extra.apply(input));
        if (!input.letterLabels()) {
            return new StrategyPrompt(renderer.render(template, variables), null);
        }
        variables.put("candidates", new PromptVariable(PromptPart.CANDIDATES,
                LetterAnswer.labelled(input.candidates())));
        return new StrategyPrompt(renderer.render(withLetterFormat(template, input), variables), null);
    }

    /**
     * LlamaRec's answer format in place of the template's format block: the letters, not the titles. The block
     * asks for titles, so it is replaced rather than contradicted; a template without one gets it at the end.
     */
    private PromptTemplate withLetterFormat(PromptTemplate template, StrategyInput input) {
        String lead = reasonsFirst ? "Then write the line \"Ranking:\" and under it" : "Answer with";
        String block = "{{#format}}\n" + lead + " the index letters of the candidates (A to "
                + LetterAnswer.letter(input.candidates().size() - 1) + "), the most likely first, separated by"
                + " commas, for example \"C, A, B\". Write only letters from the candidate list.\n{{/format}}";
        String text = template.text() == null ? "" : template.text();
        Matcher m = FORMAT_BLOCK.matcher(text);
        String replaced = m.find() ? text.substring(0, m.start()) + block + text.substring(m.end())
                : text.stripTrailing() + "\n\n" + block + "\n";
        return new PromptTemplate(template.id(), template.version(), replaced);
    }

    /** The chain-of-thought answer is split at its last "Ranking:" line; the others are read whole. */
    @Override
    public AnswerText readAnswer(String answer) {
        if (!reasonsFirst || answer == null) {
            return AnswerText.whole(answer);
        }
        Matcher m = RANKING_HEADING.matcher(answer);
        int start = -1;
        int end = -1;
        while (m.find()) {
            start = m.start();
            end = m.end();
        }
        if (start < 0) {
            return AnswerText.whole(answer);
        }
        return new AnswerText(answer.substring(0, start).strip(), answer.substring(end).strip());
    }
}
