package org.llm4rec.explorer.domain.parse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One recorded model answer and what reading it must give. File layout: {@code # comment} lines, then
 * {@code status: X}, optional {@code message: text the message must contain}, one {@code item: title | creator |
 * explanation} line per expected item, then a line {@code === answer ===} followed by the answer exactly.
 */
record CorpusCase(String name, ParseStatus status, String message, List<ParsedItem> items, String answer) {
    static final String ANSWER_MARKER = "=== answer ===\n";

    /** Every case of a corpus folder on the test class path, e.g. "/parse-corpus", in file name order. */
    static List<CorpusCase> all(String resourceFolder) throws IOException, URISyntaxException {
        Path folder = Path.of(CorpusCase.class.getResource(resourceFolder).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<CorpusCase> cases = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                cases.add(read(file));
            }
            return cases;
        }
    }

    static CorpusCase read(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int marker = content.indexOf(ANSWER_MARKER);
        if (marker < 0) {
            throw new IllegalStateException(file + " has no '" + ANSWER_MARKER.strip() + "' line");
        }
        String answer = content.substring(marker + ANSWER_MARKER.length());
        ParseStatus status = null;
        String message = "";
        List<ParsedItem> items = new ArrayList<>();
        for (String line : content.substring(0, marker).split("\n")) {
            if (line.startsWith("status:")) {
                status = ParseStatus.valueOf(value(line));
            } else if (line.startsWith("message:")) {
                message = value(line);
            } else if (line.startsWith("item:")) {
                String[] fields = value(line).split("\\|", -1);
                if (fields.length != 3) {
                    throw new IllegalStateException(file + ": an item needs title | creator | explanation: " + line);
                }
                items.add(new ParsedItem(items.size() + 1, fields[0].strip(), fields[1].strip(), fields[2].strip()));
            } else if (!line.isBlank() && !line.startsWith("#")) {
                throw new IllegalStateException(file + ": unexpected line " + line);
            }
        }
        if (status == null) {
            throw new IllegalStateException(file + " has no status line");
        }
        return new CorpusCase(file.getFileName().toString(), status, message, List.copyOf(items), answer);
    }

    private static String value(String line) {
        return line.substring(line.indexOf(':') + 1).strip();
    }

    @Override
    public String toString() {
        return name;
    }
}
