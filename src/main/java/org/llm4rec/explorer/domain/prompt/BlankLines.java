package org.llm4rec.explorer.domain.prompt;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the blank lines a template leaves when an optional variable (no preferences, say) is empty: runs of
 * blank lines shrink to one, and the prompt neither starts nor ends with white space. Works across segment
 * boundaries while keeping every remaining character in its part.
 */
final class BlankLines {
    private static final Pattern BLANK_RUN = Pattern.compile("\n[ \t]*\n(?:[ \t]*\n)+");

    private BlankLines() {
    }

    static RenderedPrompt tidy(List<PromptSegment> segments) {
        StringBuilder all = new StringBuilder();
        segments.forEach(s -> all.append(s.text()));
        boolean[] removed = new boolean[all.length()];
        markBlankRuns(all, removed);
        markSurroundingWhitespace(all, removed);

        TemplateRenderer.SegmentBuilder out = new TemplateRenderer.SegmentBuilder();
        int offset = 0;
        for (PromptSegment segment : segments) {
            StringBuilder kept = new StringBuilder();
            for (int i = 0; i < segment.text().length(); i++) {
                if (!removed[offset + i]) {
                    kept.append(segment.text().charAt(i));
                }
            }
            out.add(segment.part(), kept.toString());
            offset += segment.text().length();
        }
        return new RenderedPrompt(out.segments());
    }

    /** Keeps the first and the last newline of a run, which leaves exactly one empty line. */
    private static void markBlankRuns(CharSequence text, boolean[] removed) {
        Matcher m = BLANK_RUN.matcher(text);
        while (m.find()) {
            for (int i = m.start() + 1; i < m.end() - 1; i++) {
                removed[i] = true;
            }
        }
    }

    private static void markSurroundingWhitespace(CharSequence text, boolean[] removed) {
        for (int i = 0; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
            removed[i] = true;
        }
        for (int i = text.length() - 1; i >= 0 && Character.isWhitespace(text.charAt(i)); i--) {
            removed[i] = true;
        }
    }
}
