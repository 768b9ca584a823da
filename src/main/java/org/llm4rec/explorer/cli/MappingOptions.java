package org.llm4rec.explorer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.llm4rec.explorer.dataset.imports.ColumnMapping;
import org.llm4rec.explorer.dataset.imports.FileSample;
import org.llm4rec.explorer.dataset.imports.ImportException;
import org.llm4rec.explorer.dataset.imports.MappingCheck;
import org.llm4rec.explorer.dataset.imports.MappingSpec;
import picocli.CommandLine.Option;

/** The import options that read a file of any layout through a column mapping instead of detecting a layout. */
final class MappingOptions {
    @Option(names = "--map", paramLabel = "ROLES|FILE.json",
            description = {"Import PATH (a CSV, TSV or JSON-lines file, .gz read directly) through a column mapping:"
                    + " ROLE=COLUMN pairs, e.g. user=uid,item=iid,rating=stars,timestamp=ts,title=name,"
                    + "creator=author,categories=genres,year=year (user and item required; COLUMN is a header name,"
                    + " a JSON key, or 'column N' without a header), or a mapping JSON file (see README).",
                    "The delimiter, quoting and header are detected."})
    String map;

    @Option(names = "--items", paramLabel = "FILE", description = "With --map ROLES: a separate items file.")
    Path items;

    @Option(names = "--items-map", paramLabel = "ROLES",
            description = "With --items: its columns, e.g. item=id,title=name,categories=genres.")
    String itemsMap;

    @Option(names = "--categories-separator", paramLabel = "SEP", defaultValue = "|",
            description = "With --map ROLES: splits a categories column (default: ${DEFAULT-VALUE}).")
    String categorySeparator;

    boolean mapped() {
        return map != null;
    }

    /** The mapping for the file, checked against its first rows; an {@link ImportException} says what is wrong. */
    ColumnMapping mapping(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException("Nothing to import at " + file + ": --map needs a file.");
        }
        ColumnMapping mapping;
        if (map.toLowerCase(Locale.ROOT).endsWith(".json")) {
            mapping = MappingSpec.readJson(Path.of(map), file);
        } else {
            ColumnMapping.FileMapping itemsFile = null;
            if (items != null) {
                if (itemsMap == null) {
                    throw new ImportException("--items needs --items-map, e.g. --items-map item=id,title=name.");
                }
                itemsFile = fileMapping(items, itemsMap);
            }
            mapping = new ColumnMapping(fileMapping(file, map), itemsFile, categorySeparator);
        }
        FileSample interactions = sample(mapping.interactions());
        FileSample itemSample = mapping.items() == null ? null : sample(mapping.items());
        MappingCheck.Result check = MappingCheck.check(mapping, interactions, itemSample);
        if (!check.ok()) {
            throw new ImportException(String.join(" ", check.errors()));
        }
        return mapping;
    }

    private static ColumnMapping.FileMapping fileMapping(Path file, String roles) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException("Nothing to import at " + file + ": no such file.");
        }
        return new ColumnMapping.FileMapping(file, FileSample.detect(file), MappingSpec.parseRoles(roles));
    }

    private static FileSample sample(ColumnMapping.FileMapping mapping) throws IOException {
        return FileSample.read(mapping.file(), mapping.layout(), 200);
    }
}
