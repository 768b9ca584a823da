package org.llm4rec.explorer.domain.prompt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Renders a {@link PromptTemplate} into the exact prompt text, keeping track of which {@link PromptPart} every
 * stretch of text belongs to.
 *
 * <p>Syntax: {@code {{name}}} substitutes a variable, whose text keeps the variable's own part wherever it stands;
 * {@code {{#part}}...{{/part}}} marks literal text as that part ({@code format} is short for
 * {@code output_format}); literal text outside any block is an instruction. A block tag alone on its line takes
 * the whole line with it, so that blocks can be written on lines of their own without adding blank lines.
 *
 * <p>Templates are edited by users, so every mistake is reported as an {@link IllegalArgumentException} whose
 * message names the line and the offending tag.
 */
public final class TemplateRenderer {

    public RenderedPrompt render(PromptTemplate template, Map<String, PromptVariable> variables) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(variables, "variables");
        String text = template.text() == null ? "" : template.text().replace("\r\n", "\n");
        List<TemplateToken> tokens = new TemplateTokenizer(text).tokens();
        return BlankLines.tidy(assemble(tokens, variables));
    }

    private static List<PromptSegment> assemble(List<TemplateToken> tokens, Map<String, PromptVariable> variables) {
        SegmentBuilder out = new SegmentBuilder();
        Deque<TemplateToken> open = new ArrayDeque<>();
        for (TemplateToken token : tokens) {
            PromptPart literalPart = open.isEmpty() ? PromptPart.INSTRUCTION : BlockNames.part(open.peek());
            switch (token.kind()) {
                case LITERAL -> out.add(literalPart, token.text());
                case VARIABLE -> {
                    PromptVariable variable = variables.get(token.name());
                    if (variable == null) {
                        throw new IllegalArgumentException(unknownVariable(token, variables));
                    }
                    out.add(variable.part(), variable.text());
                }
                case OPEN -> {
                    BlockNames.part(token);
                    open.push(token);
                }
                case CLOSE -> close(open, token);
            }
        }
        if (!open.isEmpty()) {
            TemplateToken unclosed = open.peek();
            throw new IllegalArgumentException("Line " + unclosed.line() + ": the block {{#" + unclosed.name()
                    + "}} is never closed; add {{/" + unclosed.name() + "}} where it should end.");
        }
        return out.segments();
    }

    private static void close(Deque<TemplateToken> open, TemplateToken closing) {
        if (open.isEmpty()) {
            throw new IllegalArgumentException("Line " + closing.line() + ": {{/" + closing.name()
                    + "}} closes a block that was never opened.");
        }
        TemplateToken innermost = open.peek();
        if (!innermost.name().equals(closing.name())) {
            throw new IllegalArgumentException("Line " + closing.line() + ": {{/" + closing.name()
                    + "}} does not match the open block {{#" + innermost.name() + "}} from line "
                    + innermost.line() + "; close that one first with {{/" + innermost.name() + "}}.");
        }
        open.pop();
    }

    private static String unknownVariable(TemplateToken token, Map<String, PromptVariable> variables) {
        String known = variables.isEmpty() ? "none" : String.join(", ", new TreeSet<>(variables.keySet()));
        return "Line " + token.line() + ": {{" + token.name() + "}} is not a variable this prompt provides."
                + " Available variables: " + known + ".";
    }

    /** Collects text part by part, joining neighbours of the same part and skipping empty text. */
    static final class SegmentBuilder {
        private final List<PromptSegment> segments = new ArrayList<>();

        void add(PromptPart part, String text) {
            if (text.isEmpty()) {
                return;
            }
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last).part() == part) {
                segments.set(last, new PromptSegment(part, segments.get(last).text() + text));
            } else {
                segments.add(new PromptSegment(part, text));
            }
        }

        List<PromptSegment> segments() {
            return List.copyOf(segments);
        }
    }
}
