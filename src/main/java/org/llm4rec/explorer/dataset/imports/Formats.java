package org.llm4rec.explorer.dataset.imports;

import java.util.List;
import java.util.stream.Collectors;

/** The formats the importer knows, and which one a set of files is. */
public final class Formats {
    /** Most specific first: goodbooks and MovieLens CSV both have a ratings.csv. */
    private static final List<DatasetFormat> ALL = List.of(new MovieLens100k(), new MovieLensDat(), new Goodbooks(),
            new MovieLensCsv(), new RecBoleAtomic(), AmazonReviews.of2023(), AmazonReviews.of2018());

    private Formats() {
    }

    public static List<DatasetFormat> all() {
        return ALL;
    }

    /** The format of the files present, or an {@link ImportException} listing what was found and what is known. */
    public static DatasetFormat detect(DatasetSource source) {
        return ALL.stream().filter(f -> f.detects(source)).findFirst().orElseThrow(() -> new ImportException(
                "No known dataset layout at " + source.path() + ". Found: " + found(source) + ". Known layouts: "
                        + "MovieLens 100K (u.data + u.item), MovieLens 1M/10M (ratings.dat + movies.dat), MovieLens"
                        + " CSV (ratings.csv + movies.csv), goodbooks-10k (ratings.csv + books.csv), RecBole (*.inter),"
                        + " Amazon Reviews 2018 (*.json[.gz]) or 2023 (*.jsonl[.gz]). Any other CSV, TSV or JSON-lines"
                        + " file can be imported by mapping its columns: Import → Other file (map its columns)…, or"
                        + " import FILE --map user=COLUMN,item=COLUMN,… on the command line."));
    }

    private static String found(DatasetSource source) {
        if (source.files().isEmpty()) {
            return "no files";
        }
        return source.files().stream().limit(12).map(SourceFile::name).collect(Collectors.joining(", "))
                + (source.files().size() > 12 ? ", …" : "");
    }
}
