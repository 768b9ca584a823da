package org.llm4rec.explorer.domain.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits template text into literal text and tags, with the line each starts on for error messages. */
final class TemplateTokenizer {
    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String text;
    private final List<TemplateToken> tokens = new ArrayList<>();

    TemplateTokenizer(String text) {
        this.text = text;
    }

    List<TemplateToken> tokens() {
        tokens.clear();
        int pos = 0;
        while (pos < text.length()) {
            int start = text.indexOf(OPEN, pos);
            if (start < 0) {
                literal(pos, text.length());
                break;
            }
            int end = text.indexOf(CLOSE, start + OPEN.length());
            if (end < 0) {
                throw new IllegalArgumentException("Line " + lineOf(start) + ": '{{' is never closed with '}}'.");
            }
            int after = end + CLOSE.length();
            TemplateToken tag = tag(text.substring(start + OPEN.length(), end).strip(), lineOf(start));
            if (tag.kind() != TemplateToken.Kind.VARIABLE && standsAlone(start, after)) {
                literal(pos, lineStart(start));
                tokens.add(tag);
                pos = nextLineStart(after);
            } else {
                literal(pos, start);
                tokens.add(tag);
                pos = after;
            }
        }
        return List.copyOf(tokens);
    }

    private TemplateToken tag(String content, int line) {
        TemplateToken.Kind kind = TemplateToken.Kind.VARIABLE;
        String name = content;
        if (content.startsWith("#")) {
            kind = TemplateToken.Kind.OPEN;
            name = content.substring(1).strip();
        } else if (content.startsWith("/")) {
            kind = TemplateToken.Kind.CLOSE;
            name = content.substring(1).strip();
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Line " + line + ": {{" + content + "}} is not a valid tag; names use"
                    + " letters, digits and underscores, as in {{history}} or {{#format}}...{{/format}}.");
        }
        return TemplateToken.tag(kind, name, line);
    }

    private void literal(int from, int to) {
        if (to > from) {
            tokens.add(TemplateToken.literal(text.substring(from, to), lineOf(from)));
        }
    }

    private boolean standsAlone(int tagStart, int tagEnd) {
        int lineStart = lineStart(tagStart);
        int lineEnd = text.indexOf('\n', tagEnd);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        return text.substring(lineStart, tagStart).isBlank() && text.substring(tagEnd, lineEnd).isBlank();
    }

    private int lineStart(int index) {
        return text.lastIndexOf('\n', index - 1) + 1;
    }

    private int nextLineStart(int index) {
        int newline = text.indexOf('\n', index);
        return newline < 0 ? text.length() : newline + 1;
    }

    private int lineOf(int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
