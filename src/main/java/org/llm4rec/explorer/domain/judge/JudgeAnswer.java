package org.llm4rec.explorer.domain.judge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llm4rec.explorer.domain.parse.JsonInText;

/**
 * Reads a judge's answer the way models write it: JSON alone, in a code fence or after a preamble, scores nested
 * under "scores" or at the top level, as numbers, "4/5" or {"score": 4}; a thinking block first; or, without JSON,
 * one "Relevance: 4/5" line per criterion.
 *
 * @param scores  criterion key to score, complete when {@code problem} is empty
 * @param reason  the judge's reason, may be empty
 * @param problem what could not be read, empty when every criterion was scored
 */
public record JudgeAnswer(Map<String, Integer> scores, String reason, String problem) {
    private static final Pattern THINKING = Pattern.compile("(?is)<think>.*?</think>");
    private static final Pattern NUMBER = Pattern.compile("(-?\\d+(?:\\.\\d+)?)");
    private static final List<String> REASON_FIELDS = List.of("reason", "reasoning", "justification", "rationale",
            "explanation", "comment");
    private static final Pattern VERDICT_LINE = Pattern.compile(
            "(?i)\\b(?:winner|better(?: one)?|verdict|answer|choice)(?: is)?\\b[^A-Za-z]*(?:explanation\\s+)?"
                    + "((?-i:A|B)|tie)\\b");
    private static final Pattern LONE_VERDICT = Pattern.compile("(?i)^\\W*(?:explanation\\s+)?(A|B|tie)\\W*$");

    public JudgeAnswer {
        scores = Map.copyOf(scores);
        reason = reason == null ? "" : reason.strip();
        problem = problem == null ? "" : problem;
    }

    public boolean readable() {
        return problem.isEmpty();
    }

    public static JudgeAnswer scores(String answer, List<JudgeCriterion> criteria) {
        String text = THINKING.matcher(answer == null ? "" : answer).replaceAll("");
        Optional<JsonNode> json = JsonInText.firstObject(text, node -> scoreNode(node, criteria.get(0)) != null);
        Map<String, Integer> scores = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (JudgeCriterion c : criteria) {
            String written = json.isPresent() ? numberText(scoreNode(json.get(), c)) : lineScore(text, c);
            if (written == null) {
                problems.add("no score for " + c.label());
                continue;
            }
            long score = Math.round(Double.parseDouble(written));
            if (score < RubricScores.MIN || score > RubricScores.MAX) {
                problems.add(c.label() + " is " + written + ", not 1 to 5");
            } else {
                scores.put(c.key(), (int) score);
            }
        }
        String reason = json.map(JudgeAnswer::reasonOf).orElse("");
        return new JudgeAnswer(scores, reason, problems.isEmpty() ? "" : String.join("; ", problems)
                + (json.isEmpty() ? " (no JSON object with the scores in the answer)" : ""));
    }

    /** A pairwise verdict, or empty when the answer names neither explanation nor a tie. */
    public static Optional<PairVerdict> verdict(String answer) {
        String text = THINKING.matcher(answer == null ? "" : answer).replaceAll("");
        Optional<JsonNode> json = JsonInText.firstObject(text, node -> field(node, "winner", "better", "choice",
                "verdict") != null);
        String written = json.map(node -> field(node, "winner", "better", "choice", "verdict").asText())
                .orElseGet(() -> {
                    Matcher m = VERDICT_LINE.matcher(text);
                    if (m.find()) {
                        return m.group(1);
                    }
                    Matcher lone = LONE_VERDICT.matcher(text.strip());
                    return lone.matches() ? lone.group(1) : "";
                });
        String v = written.strip().toLowerCase(Locale.ROOT).replaceFirst("^explanation\\s+", "");
        return switch (v) {
            case "a" -> Optional.of(PairVerdict.FIRST);
            case "b" -> Optional.of(PairVerdict.SECOND);
            case "tie", "equal", "both", "neither" -> Optional.of(PairVerdict.TIE);
            default -> Optional.empty();
        };
    }

    public static String reasonOf(JsonNode node) {
        for (String name : REASON_FIELDS) {
            JsonNode value = field(node, name);
            if (value != null && value.isTextual()) {
                return value.asText();
            }
        }
        return "";
    }

    /** The node holding a criterion's score: under "scores" (or "ratings"), else at the top level. */
    private static JsonNode scoreNode(JsonNode root, JudgeCriterion c) {
        JsonNode scores = field(root, "scores", "ratings", "score");
        JsonNode holder = scores != null && scores.isObject() ? scores : root;
        JsonNode value = field(holder, c.key(), c.label());
        if (value != null && value.isObject()) {
            value = field(value, "score", "rating", "value");
        }
        return value;
    }

    private static String numberText(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return value.asText();
        }
        Matcher m = NUMBER.matcher(value.asText());
        return m.find() ? m.group(1) : null;
    }

    private static String lineScore(String text, JudgeCriterion c) {
        Matcher m = Pattern.compile("(?im)^\\W*(?:" + Pattern.quote(c.key()) + "|" + Pattern.quote(c.label())
                + ")\\b[^\\n\\d-]{0,40}(-?\\d+(?:\\.\\d+)?)").matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** A field by any of its names, ignoring case and anything after the first word ("Relevance to history"). */
    private static JsonNode field(JsonNode node, String... names) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey().strip().toLowerCase(Locale.ROOT);
            for (String name : names) {
                String wanted = name.toLowerCase(Locale.ROOT);
                if (key.equals(wanted) || key.startsWith(wanted + " ") || key.startsWith(wanted + "_")) {
                    return e.getValue();
                }
            }
        }
        return null;
    }
}
