package org.llm4rec.explorer.dataset.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the mapped roles out of a row of fields, checking the types of rating, timestamp and year. */
public final class RowMapper {
    /** Numbers above this are milliseconds: 10^11 seconds is the year 5138. */
    private static final double MILLIS_ABOVE = 1e11;
    private static final Pattern YEAR = Pattern.compile("^\\s*(\\d{4})\\b");

    private final Map<Role, Integer> index = new EnumMap<>(Role.class);
    private final List<String> missing = new ArrayList<>();
    private final String categorySeparator;
    private final int width;

    /**
     * @param columns the file's column names; a role whose column is not among them is listed by {@link #missing()}
     */
    public RowMapper(String file, List<String> columns, Map<Role, String> roles, String categorySeparator) {
        Header header = new Header(file, columns);
        roles.forEach((role, column) -> {
            int at = header.find(column);
            if (at < 0) {
                missing.add(file + " has no column '" + column + "' for the " + role.label().toLowerCase()
                        + " (its columns: " + String.join(", ", columns) + ")");
            } else {
                index.put(role, at);
            }
        });
        this.categorySeparator = categorySeparator == null ? "" : categorySeparator;
        this.width = columns.size();
    }

    /** The mapped columns that the file does not have, as messages. */
    public List<String> missing() {
        return missing;
    }

    public boolean maps(Role role) {
        return index.containsKey(role);
    }

    /** Thrown for a row that cannot be read; the reason is for people. */
    public static final class BadValue extends Exception {
        BadValue(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * @param delimited whether rows must have the header's number of fields (JSON objects may lack keys)
     * @throws BadValue naming the value and what is wrong with it
     */
    public MappedRow map(List<String> row, boolean delimited) throws BadValue {
        if (delimited && row.size() != width) {
            throw new BadValue("expected " + width + " fields, found " + row.size());
        }
        double rating = Double.NaN;
        String ratingText = get(row, Role.RATING);
        if (!ratingText.isEmpty()) {
            try {
                rating = Values.rating(ratingText);
            } catch (NumberFormatException e) {
                throw new BadValue("the rating '" + ratingText + "' is not a number");
            }
        }
        long time = Long.MIN_VALUE;
        String timeText = get(row, Role.TIMESTAMP);
        if (!timeText.isEmpty()) {
            time = time(timeText);
        }
        String title = get(row, Role.TITLE);
        Integer year = year(get(row, Role.YEAR));
        // Without a year column, a year written after the title is taken from it, as MovieLens writes them.
        if (!index.containsKey(Role.YEAR) && !title.isEmpty()) {
            Values.TitleYear titleYear = Values.titleYear(title);
            title = titleYear.title();
            year = titleYear.year();
        }
        return new MappedRow(get(row, Role.USER), get(row, Role.ITEM), rating, time, title, get(row, Role.CREATOR),
                categories(get(row, Role.CATEGORIES)), year);
    }

    private String get(List<String> row, Role role) {
        Integer at = index.get(role);
        return at == null || at >= row.size() ? "" : row.get(at).strip();
    }

    private String categories(String text) {
        if (text.isEmpty() || categorySeparator.isEmpty()) {
            return text;
        }
        return String.join(", ", Arrays.stream(text.split(Pattern.quote(categorySeparator)))
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    /** A year, or the year a date starts with; null when blank or not a year (the item is kept without one). */
    private static Integer year(String text) {
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * Seconds since 1970 from seconds or milliseconds (whole or decimal), an ISO date ("2021-03-04") or an ISO
     * date-time with or without an offset ("2021-03-04T10:00:00Z", "2021-03-04 10:00:00").
     */
    static long time(String text) throws BadValue {
        if (TextLayout.isNumber(text)) {
            double value = Double.parseDouble(text);
            return (long) (Math.abs(value) > MILLIS_ABOVE ? value / 1000 : value);
        }
        String iso = text.replace(' ', 'T');
        try {
            if (iso.length() == 10) {
                return LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            }
            if (iso.endsWith("Z")) {
                return Instant.parse(iso).getEpochSecond();
            }
            try {
                return OffsetDateTime.parse(iso).toEpochSecond();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(iso).toEpochSecond(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            throw new BadValue("the timestamp '" + text + "' is neither a number of seconds or milliseconds"
                    + " nor an ISO date (2021-03-04) or date-time (2021-03-04T10:00:00)");
        }
    }
}
