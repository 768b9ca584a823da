package org.llm4rec.explorer.domain.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles written as Markdown links, as models link them to IMDb, Wikipedia or Goodreads: {@code [Title](url)},
 * {@code [Title](url "tooltip")}, {@code [Title][1]}. The link text is the title; the address is dropped.
 */
final class MarkdownLinks {
    /** One level of parentheses inside the address, as in https://en.wikipedia.org/wiki/Heat_(1995_film). */
    private static final Pattern LINK = Pattern.compile(
            "\\[([^\\[\\]\\n]+)]\\((?:[^()\\n]|\\([^()\\n]*\\))*\\)|\\[([^\\[\\]\\n]+)]\\[[^\\[\\]\\n]*]");

    private MarkdownLinks() {
    }

    /** The text with every link replaced by its link text. */
    static String toText(String text) {
        if (text.indexOf("](") < 0 && text.indexOf("][") < 0) {
            return text;   // most answers hold no link: no regular expression run for them
        }
        Matcher link = LINK.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (link.find()) {
            link.appendReplacement(out, Matcher.quoteReplacement(
                    link.group(1) != null ? link.group(1) : link.group(2)));
        }
        return link.appendTail(out).toString();
    }
}
