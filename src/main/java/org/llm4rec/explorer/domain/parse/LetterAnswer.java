package org.llm4rec.explorer.domain.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llm4rec.explorer.domain.Item;

/**
 * LlamaRec's index letters (Yue et al., 2023): candidates are listed as "(A) title", "(B) title", … and the model
 * answers with letters. Reads a single letter, a list of letters, "(B)", "Answer: C" or a list of lines that start
 * with a letter; each letter becomes a parsed item whose title is the letter, mapped back to a candidate by
 * grounding. Letters past the last candidate are kept, so that grounding can flag them.
 */
public final class LetterAnswer {
    /** One letter per candidate: LlamaRec ranks 20, and the alphabet stops at 26. */
    public static final int MAX_CANDIDATES = 26;

    private static final Pattern ANSWER_MARKER = Pattern.compile("(?i)\\banswer\\b(?:\\s+is)?\\s*[:：-]?");
    private static final Pattern BRACKETED = Pattern.compile("[(\\[]\\s*([A-Za-z])\\s*[)\\]]");
    private static final Pattern LINE_START = Pattern.compile(
            "^(?:\\d+\\s*[.)]\\s*|[-*•]\\s*)?([A-Z])(?:\\s*[.):,]|\\s+-|\\s*$)");
    private static final Pattern ONLY_LETTERS = Pattern.compile(
            "^[A-Z](?:\\s*(?:,|>|;|\\band\\b|\\s)\\s*[A-Z])*[.!]?$");
    private static final Pattern LONE_CAPITAL = Pattern.compile("(?<![\\p{L}'’])([A-Z])(?![\\p{L}'’])");
    /** "I think" and "A good pick" are words, not letters. */
    private static final Pattern WORD_NOT_LETTER = Pattern.compile("^\\s+[a-z]");

    private LetterAnswer() {
    }

    /** "A" for the first candidate, "B" for the second. */
    public static String letter(int index) {
        if (index < 0 || index >= MAX_CANDIDATES) {
            throw new IllegalArgumentException("Letter labels go from A to Z, so at most " + MAX_CANDIDATES
                    + " candidates can have one; draw " + MAX_CANDIDATES + " or fewer.");
        }
        return String.valueOf((char) ('A' + index));
    }

    /** The candidate of a letter, from 0; -1 for anything that is not one letter. */
    public static int index(String letter) {
        return letter.length() == 1 && letter.charAt(0) >= 'A' && letter.charAt(0) <= 'Z' ? letter.charAt(0) - 'A'
                : -1;
    }

    /** "(A) Title by Author", one line each, in the given order. */
    public static String labelled(List<Item> candidates) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < candidates.size(); i++) {
            out.append('(').append(letter(i)).append(") ").append(candidates.get(i).label()).append('\n');
        }
        return out.toString().stripTrailing();
    }

    public static ParseResult parse(String answer) {
        if (answer == null || answer.isBlank()) {
            return ParseResult.failed("The answer is empty: no candidate letter to read.");
        }
        String text = afterLastMarker(answer.strip());
        List<String> letters = bracketed(text);
        if (letters.isEmpty()) {
            letters = lineStarts(text);
        }
        if (letters.isEmpty()) {
            letters = loneCapitals(text);
        }
        if (letters.isEmpty()) {
            return ParseResult.failed("No candidate letter (A, B, C, …) was found in the answer.");
        }
        List<ParsedItem> items = new ArrayList<>();
        for (String letter : letters) {
            items.add(new ParsedItem(items.size() + 1, letter, "", ""));
        }
        return new ParseResult(ParseStatus.LIST, items, "Read as candidate letters (LlamaRec).");
    }

    /** "… so the answer is: C" keeps what follows the last such marker, when something does. */
    private static String afterLastMarker(String text) {
        Matcher m = ANSWER_MARKER.matcher(text);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        String rest = end < 0 ? "" : text.substring(end).strip();
        return rest.isEmpty() ? text : rest;
    }

    private static List<String> bracketed(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            out.add(m.group(1).toUpperCase(Locale.ROOT));
        }
        return out;
    }

    /** "C" alone, "C, A, B", "C > A", or lines such as "1. C", "B) Title", "- A: Title". */
    private static List<String> lineStarts(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (ONLY_LETTERS.matcher(trimmed).matches()) {
                Matcher m = LONE_CAPITAL.matcher(trimmed);
                while (m.find()) {
                    out.add(m.group(1));
                }
                continue;
            }
            Matcher start = LINE_START.matcher(trimmed);
            if (start.find() && !isWord(trimmed, start.end(1))) {
                out.add(start.group(1));
            }
        }
        return out;
    }

    private static List<String> loneCapitals(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = LONE_CAPITAL.matcher(text);
        while (m.find()) {
            if (!isWord(text, m.end(1))) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static boolean isWord(String text, int afterLetter) {
        char letter = text.charAt(afterLetter - 1);
        return (letter == 'I' || letter == 'A') && WORD_NOT_LETTER.matcher(text.substring(afterLetter)).find();
    }
}
