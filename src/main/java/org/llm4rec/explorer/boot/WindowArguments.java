package org.llm4rec.explorer.boot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the command lines that only open the window — nothing, or the window's own options each given once with a
 * value — without picocli: loading it and the subcommands took a third of a second or more at every launch, before
 * JavaFX could start. Anything else (help, a subcommand, a file to open, an unknown, repeated or incomplete
 * option) is left to picocli, which reads and reports it as before.
 */
final class WindowArguments {
    static final String DATA_DIR = "--data-dir";
    static final String OLLAMA = "--ollama";
    /** The options of {@link CommandLineOptions}, each taking a value as "--opt value" or "--opt=value". */
    static final Set<String> OPTIONS = Set.of(DATA_DIR, OLLAMA);

    private WindowArguments() {
    }

    /** The value of each option given, or empty when the arguments need picocli. */
    static Optional<Map<String, String>> values(List<String> args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int equals = arg.indexOf('=');
            String option = equals > 0 ? arg.substring(0, equals) : arg;
            String value;
            if (equals > 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("-")) {
                value = args.get(++i);
            } else {
                return Optional.empty();
            }
            if (!OPTIONS.contains(option) || values.putIfAbsent(option, value) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }
}
