package org.llm4rec.explorer.boot;

import java.io.PrintStream;
import java.util.List;
import org.llm4rec.explorer.domain.EchoedText;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NormalizedParameters;
import org.slf4j.spi.LoggingEventAware;
import org.slf4j.simple.SimpleLogger;
import org.slf4j.simple.SimpleLoggerFactory;
import org.slf4j.simple.SimpleServiceProvider;

/**
 * The one place log lines are made safe: slf4j-simple's loggers, with every logged value (a file or dataset name,
 * a title, a model's or server's text) cut to {@link EchoedText#SHOWN} characters and its control characters,
 * line breaks included, written out; the whole message and every exception message in a stack trace cut to
 * {@link EchoedText#MESSAGE_CHARS}. A 10 MB line in an error would otherwise become a 10 MB log line, and an
 * escape sequence would reach the terminal of whoever reads the log (or, for the command line, its stderr).
 * Third-party libraries logging through SLF4J get the same.
 */
public final class EchoSafeLogging extends SimpleServiceProvider {
    private final ILoggerFactory loggers = new SimpleLoggerFactory() {
        @Override
        protected Logger createLogger(String name) {
            return new EchoSafeLogger(name);
        }
    };

    /** Called by SLF4J, which makes its provider by reflection. */
    public EchoSafeLogging() {
    }

    /** Makes SLF4J log through this provider; before anything logs, as SLF4J picks its provider once. */
    static void use() {
        System.setProperty("slf4j.provider", EchoSafeLogging.class.getName());
        // Otherwise SLF4J says on stderr which provider it loads, on every run of a command.
        System.setProperty("slf4j.internal.verbosity", "WARN");
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    /** Event-aware, so that the fluent API hands it the event rather than its values pasted into the message. */
    private static final class EchoSafeLogger extends SimpleLogger implements LoggingEventAware {
        EchoSafeLogger(String name) {
            super(name);
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern,
                                                   Object[] arguments, Throwable throwable) {
            write(level, marker, "", messagePattern, arguments, throwable);
        }

        /** The fluent API ({@code log.atWarn().addKeyValue(…).log(…)}), with its key-value pairs in front. */
        @Override
        public void log(LoggingEvent event) {
            if (!isLevelEnabled(event.getLevel().toInt())) {
                return;
            }
            StringBuilder pairs = new StringBuilder();
            if (event.getKeyValuePairs() != null) {
                for (KeyValuePair pair : event.getKeyValuePairs()) {
                    pairs.append(pair.key).append('=').append(EchoedText.inLine(String.valueOf(pair.value)))
                            .append(' ');
                }
            }
            List<Marker> markers = event.getMarkers();
            NormalizedParameters normalized = NormalizedParameters.normalize(event);
            write(event.getLevel(), markers == null || markers.isEmpty() ? null : markers.get(0), pairs.toString(),
                    normalized.getMessage(), normalized.getArguments(), normalized.getThrowable());
        }

        private void write(Level level, Marker marker, String pairs, String messagePattern, Object[] arguments,
                           Throwable throwable) {
            String message = pairs + MessageFormatter.basicArrayFormat(messagePattern, safe(arguments));
            super.handleNormalizedLoggingCall(level, marker, EchoedText.message(message), null, throwable);
        }

        @Override
        protected void writeThrowable(Throwable t, PrintStream out) {
            if (t != null) {
                out.print(EchoedText.stackTrace(t));
            }
        }

        private static Object[] safe(Object[] arguments) {
            if (arguments == null) {
                return null;
            }
            Object[] safe = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                Object argument = arguments[i];
                // Arrays are left to SLF4J, which writes out their elements; they are cut with the whole message.
                safe[i] = argument == null || argument.getClass().isArray() ? argument
                        : EchoedText.inLine(String.valueOf(argument));
            }
            return safe;
        }
    }
}
