package org.llm4rec.explorer.dataset.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing of the values dataset files hold: ratings, timestamps, titles with years, JSON. */
final class Values {
    /** A number with a non-zero digit before its exponent: it is not zero, whatever it reads as. */
    private static final Pattern UNDERFLOW = Pattern.compile("[+-]?\\d*[1-9]\\d*\\.?\\d*[eE].*|[+-]?\\d*\\.\\d*[1-9]\\d*[eE].*");
    private static final Pattern TITLE_YEAR = Pattern.compile("^(.*?)\\s*\\((\\d{4})(?:[–-]\\d{0,4})?\\)\\s*$");

    private Values() {
    }

    /** Made when a file's JSON is first read or written, not with the number parsing every import uses. */
    static final class Json {
        /** Amazon's 2014 metadata is Python dict syntax: single quotes. */
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();

        private Json() {
        }
    }

    /** A rating: a number, "4", "3.5", "4.0". */
    static double rating(String text) {
        String s = text.strip();
        // Most ratings are a digit, or a digit and a tenth ("4", "3.5"): read there, far faster than parseDouble.
        double simple = simpleRating(s, 0, s.length());
        if (!Double.isNaN(simple)) {
            return simple;
        }
        double value = Double.parseDouble(s);
        if (Double.isNaN(value) || Double.isInfinite(value) || value == 0 && UNDERFLOW.matcher(s).matches()) {
            // 1e-400 reads as 0.0 and 1e400 as infinity: neither is the rating written.
            throw new NumberFormatException("not a finite number");
        }
        return value;
    }

    /**
     * The rating written as one digit or a digit and a tenth from {@code start} to {@code end} ({@link #rating}
     * reads those alike), or NaN for anything else, which is left to {@link #rating}.
     */
    static double simpleRating(String text, int start, int end) {
        int length = end - start;
        if (length == 1 && isDigit(text.charAt(start))) {
            return text.charAt(start) - '0';
        }
        if (length == 3 && isDigit(text.charAt(start)) && text.charAt(start + 1) == '.'
                && isDigit(text.charAt(start + 2))) {
            return (10 * (text.charAt(start) - '0') + text.charAt(start + 2) - '0') / 10.0;
        }
        return Double.NaN;
    }

    /**
     * The number written as 1 to 18 digits from {@code start} to {@code end} ({@link #timestamp} reads those
     * alike), or -1 for anything else, which is left to {@link #timestamp}.
     */
    static long digits(String text, int start, int end) {
        if (end <= start || end - start > 18) {
            return -1;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Seconds since 1970, written as a whole number or a decimal ("978300760", "978300760.0"). */
    static long timestamp(String text) {
        String s = text.strip();
        try {
            long value = Long.parseLong(s);
            if (value == Long.MIN_VALUE) {
                // The one number that stands for "no time" within the import: as data it is out of range.
                return value + 1;
            }
            return value;
        } catch (NumberFormatException e) {
            double value = Double.parseDouble(s);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException("not a finite number");
            }
            return (long) value;
        }
    }

    /** A title and the year MovieLens writes after it: "Toy Story (1995)". */
    record TitleYear(String title, Integer year) {
    }

    static TitleYear titleYear(String text) {
        String s = text.strip();
        Matcher m = TITLE_YEAR.matcher(s);
        if (m.matches() && !m.group(1).isBlank()) {
            return new TitleYear(m.group(1), Integer.parseInt(m.group(2)));
        }
        return new TitleYear(s, null);
    }

    /**
     * The fields as a JSON object. Text alone (users' attributes, most details) is written here: Jackson's data
     * binding, loaded for it, took a tenth of a second of every MovieLens 1M import's start.
     */
    static String json(Map<String, ?> fields) {
        if (allStrings(fields)) {
            StringBuilder out = new StringBuilder("{");
            for (Map.Entry<String, ?> field : fields.entrySet()) {
                if (out.length() > 1) {
                    out.append(',');
                }
                quote(field.getKey(), out);
                out.append(':');
                quote((String) field.getValue(), out);
            }
            return out.append('}').toString();
        }
        try {
            return Json.MAPPER.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Maps of strings always serialise", e);
        }
    }

    private static boolean allStrings(Map<String, ?> fields) {
        for (Object value : fields.values()) {
            if (!(value instanceof String)) {
                return false;
            }
        }
        return true;
    }

    /** A JSON string, escaped as Jackson escapes it: quotes, backslashes and control characters. */
    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * The bytes as UTF-8 when they are valid UTF-8, else as ISO-8859-1: MovieLens 100K and 1M are Latin-1, 10M
     * and later UTF-8, and a Latin-1 accent is never valid UTF-8 in a title.
     */
    static Charset charsetOf(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }
}
