package org.llm4rec.explorer.domain.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a model's answer into ranked items, trying in turn: the whole answer as the JSON asked for, JSON inside
 * other text (prose, a code fence, or cut off at the end), then a numbered or bulleted list, then a markdown
 * table. Never throws: an answer that cannot be read is a {@link ParseStatus#FAILED} result with a message for
 * the user. Duplicates are kept, because showing them is part of judging the answer.
 */
public final class ResponseParser {
    private static final Pattern THINKING = Pattern.compile("(?s)<think>.*?(?:</think>|$)");

    public ParseResult parse(String answer) {
        try {
            return read(answer);
        } catch (RuntimeException | StackOverflowError e) {
            // Answers are arbitrary text (and very long lines can exhaust the stack in regular expressions):
            // whatever goes wrong must show as a failed parse, not as a failed run.
            return ParseResult.failed("The answer could not be read (" + e.getClass().getSimpleName() + ").");
        }
    }

    private static ParseResult read(String answer) {
        if (answer == null || answer.isBlank()) {
            return ParseResult.failed("The answer was empty.");
        }
        String text = THINKING.matcher(answer).replaceAll("").strip();
        if (text.isEmpty()) {
            return ParseResult.failed("The answer was empty apart from the model's thinking.");
        }

        Optional<JsonNode> whole = JsonReading.whole(text);
        if (whole.isPresent()) {
            List<ItemFields> items = JsonItems.from(whole.get());
            if (!items.isEmpty()) {
                return result(ParseStatus.JSON, items, "");
            }
        }
        Optional<EmbeddedJson.Found> embedded = EmbeddedJson.find(text);
        if (embedded.isPresent()) {
            return result(ParseStatus.JSON_IN_TEXT, embedded.get().items(), embedded.get().note());
        }
        // Titles linked to IMDb or Wikipedia: what lists and tables name is the link text.
        String linkText = MarkdownLinks.toText(text);
        List<ItemFields> listed = ListAnswer.read(linkText);
        if (!listed.isEmpty()) {
            return result(ParseStatus.LIST, listed, "No JSON was found; the items were read from a list.");
        }
        List<ItemFields> tabled = TableAnswer.read(linkText);
        if (!tabled.isEmpty()) {
            return result(ParseStatus.LIST, tabled, "No JSON was found; the items were read from a table.");
        }
        List<ItemFields> runOn = ListAnswer.runOn(linkText);
        if (!runOn.isEmpty()) {
            return result(ParseStatus.LIST, runOn, "No JSON was found; the items were read from one line of titles.");
        }
        if (whole.isPresent()) {
            return ParseResult.failed("The answer was JSON but held no recommendations.");
        }
        return ParseResult.failed("No list or JSON could be read from the answer (" + answer.length()
                + " characters).");
    }

    private static ParseResult result(ParseStatus status, List<ItemFields> items, String message) {
        List<ParsedItem> ranked = new ArrayList<>();
        for (ItemFields item : items) {
            ranked.add(item.ranked(ranked.size() + 1));
        }
        return new ParseResult(status, ranked, message);
    }
}
