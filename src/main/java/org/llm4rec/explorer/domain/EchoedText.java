package org.llm4rec.explorer.domain;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Text from a file, a model or a server shown back in a message: cut to a readable length, and with control
 * characters written out. A 10 MB line would otherwise become a 10 MB message, and an escape sequence hidden in a
 * header or a dataset name would drive the terminal that prints it (retitle it, hide text, fake output).
 */
public final class EchoedText {
    /** How much of an echoed value a message shows; enough to recognise it. */
    public static final int SHOWN = 200;
    /** How much of a whole message is shown: messages quote input, and a few lines of it find the mistake. */
    public static final int MESSAGE_CHARS = 2000;

    private EchoedText() {
    }

    /** The text with control characters (except line breaks and tabs) escaped, cut after {@code max} characters. */
    public static String safe(String text, int max) {
        return escaped(text, max, true);
    }

    /** One value, at most {@link #SHOWN} characters. */
    public static String safe(String text) {
        return safe(text, SHOWN);
    }

    /** A whole message, at most {@link #MESSAGE_CHARS} characters. */
    public static String message(String text) {
        return safe(text, MESSAGE_CHARS);
    }

    /**
     * A value quoted inside one line, as of a log: line breaks and tabs are escaped too, so that the value cannot
     * start a line that looks like a line of its own.
     */
    public static String inLine(String text) {
        return escaped(text, SHOWN, false);
    }

    /**
     * The stack trace of an error as {@link Throwable#printStackTrace()} writes it (class, frames, causes and
     * suppressed errors), with every message shown as {@link #message}: exceptions quote what they could not read.
     */
    public static String stackTrace(Throwable error) {
        StringWriter trace = new StringWriter();
        new Shown(error, new IdentityHashMap<>()).printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    private static String escaped(String text, int max, boolean keepLines) {
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
            boolean layout = c == '\n' || c == '\t';
            if (layout ? keepLines : !Character.isISOControl(c) && c != '\u2028' && c != '\u2029') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
            shown++;
        }
        return out.toString();
    }

    /** An error as a stack trace shows it, with its message cut and escaped; its causes and suppressed alike. */
    private static final class Shown extends Throwable {
        private final String header;

        Shown(Throwable original, Map<Throwable, Shown> made) {
            // No cause given here: it is set below, once made, and a cause can be set only once.
            super();
            made.put(original, this);
            String message = original.getLocalizedMessage();
            header = original.getClass().getName() + (message == null ? "" : ": " + message(message));
            setStackTrace(original.getStackTrace());
            Throwable cause = original.getCause();
            if (cause != null) {
                initCause(made.containsKey(cause) ? made.get(cause) : new Shown(cause, made));
            }
            for (Throwable suppressed : original.getSuppressed()) {
                addSuppressed(made.containsKey(suppressed) ? made.get(suppressed) : new Shown(suppressed, made));
            }
        }

        @Override
        public String toString() {
            return header;
        }
    }
}
