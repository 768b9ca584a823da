package org.llm4rec.explorer.dataset.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a mapping against the first rows of its files before importing. Errors stop the import: a required
 * role unmapped, a column the file lacks, or a rating or timestamp column whose values are mostly not of its
 * type (the wrong column was chosen). Warnings name rows that the import will skip.
 */
public final class MappingCheck {
    private static final int SHOWN = 3;

    private MappingCheck() {
    }

    /** Errors and warnings, for people; each names the file and, for a value, the line and the value. */
    public record Result(List<String> errors, List<String> warnings) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** The mapped rows of a sample, for a preview, with the problems of the rows that could not be read. */
    public record Preview(List<MappedRow> rows, List<String> problems) {
    }

    public static Preview preview(FileSample sample, ColumnMapping.FileMapping mapping, String categorySeparator) {
        RowMapper mapper = new RowMapper(sample.name(), sample.columns(), mapping.columns(), categorySeparator);
        List<MappedRow> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>(mapper.missing());
        for (int i = 0; i < sample.rows().size(); i++) {
            try {
                rows.add(mapper.map(sample.rows().get(i), !sample.layout().json()));
            } catch (RowMapper.BadValue e) {
                problems.add(sample.name() + ", line " + sample.lines().get(i) + ": " + e.getMessage());
            }
        }
        return new Preview(rows, problems);
    }

    /**
     * @param items the items file's sample, or null when the mapping has no items file
     */
    public static Result check(ColumnMapping mapping, FileSample interactions, FileSample items) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        require(mapping.interactions(), Role.USER, "interactions", errors);
        require(mapping.interactions(), Role.ITEM, "interactions", errors);
        checkFile(interactions, mapping.interactions(), mapping.categorySeparator(), errors, warnings);
        if (mapping.items() != null && items != null) {
            require(mapping.items(), Role.ITEM, "items", errors);
            checkFile(items, mapping.items(), mapping.categorySeparator(), errors, warnings);
        }
        return new Result(errors, warnings);
    }

    private static void require(ColumnMapping.FileMapping mapping, Role role, String which, List<String> errors) {
        if (!mapping.columns().containsKey(role)) {
            errors.add("Choose the column of " + mapping.name() + " (the " + which + " file) that holds the "
                    + role.label().toLowerCase() + ".");
        }
    }

    private static void checkFile(FileSample sample, ColumnMapping.FileMapping mapping, String separator,
                                  List<String> errors, List<String> warnings) {
        Preview preview = preview(sample, mapping, separator);
        RowMapper mapper = new RowMapper(sample.name(), sample.columns(), mapping.columns(), separator);
        errors.addAll(mapper.missing().stream().map(m -> m + ".").toList());
        if (!mapper.missing().isEmpty()) {
            return;
        }
        List<String> problems = preview.problems();
        if (problems.isEmpty()) {
            return;
        }
        boolean mostlyBad = problems.size() * 2 > sample.rows().size();
        List<String> shown = problems.stream().limit(SHOWN).map(p -> p + ".").toList();
        if (mostlyBad) {
            errors.add(problems.size() + " of the first " + sample.rows().size() + " rows of " + sample.name()
                    + " cannot be read with this mapping; is the right column chosen? " + String.join(" ", shown));
        } else {
            warnings.add(problems.size() + " of the first " + sample.rows().size() + " rows of " + sample.name()
                    + " will be skipped: " + String.join(" ", shown));
        }
    }
}
