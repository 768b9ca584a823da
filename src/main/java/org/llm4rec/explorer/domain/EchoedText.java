package org.llm4rec.explorer.domain;

/**
 * Text from a file, a model or a server shown back in a message: cut to a readable length, and with control
 * characters written out. A 10 MB line would otherwise become a 10 MB message, and an escape sequence hidden in a
 * header or a dataset name would drive the terminal that prints it (retitle it, hide text, fake output).
 */
public final class EchoedText {
    /** How much of an echoed value a message shows; enough to recognise it. */
    public static final int SHOWN = 200;

    private EchoedText() {
    }

    /** The text with control characters (except line breaks and tabs) escaped, cut after {@code max} characters. */
    public static String safe(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
        int shown = 0;
        for (int i = 0; i < text.length(); i++) {
            if (shown >= max) {
                return out.append('…').toString();
            }
            char c = text.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c) && c != '\u2028' && c != '\u2029') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
            shown++;
        }
        return out.toString();
    }

    /** One value, at most {@link #SHOWN} characters. */
    public static String safe(String text) {
        return safe(text, SHOWN);
    }
}
