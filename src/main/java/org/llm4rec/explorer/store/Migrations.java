package org.llm4rec.explorer.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schema steps this version of the app knows, in order. The file names are listed here rather than found by
 * scanning the classpath, because a folder inside a jar or a jpackage image cannot be listed portably; a test
 * checks that the list and the resource folder agree.
 */
final class Migrations {
    static final String FOLDER = "org/llm4rec/explorer/store/migrations/";
    static final List<String> BUNDLED = List.of("V1__initial.sql", "V2__profile_editing_and_dataset_users.sql",
            "V3__strategy_steps_and_templates.sql", "V4__interactions.sql", "V5__settings_response_cache.sql",
            "V6__ratings.sql", "V7__comparisons.sql", "V8__experiments.sql", "V9__embedding_cache.sql",
            "V10__item_activity.sql", "V11__item_titles.sql", "V12__explanation_citations.sql",
            "V13__model_judgements.sql", "V14__drop_normalised_title.sql");

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__[A-Za-z0-9_]+\\.sql");

    private final List<Migration> steps;

    Migrations(List<Migration> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).version() != i + 1) {
                throw new IllegalArgumentException("Migrations must be numbered 1, 2, 3... without gaps; found "
                        + steps.get(i).name() + " at position " + (i + 1));
            }
        }
        this.steps = List.copyOf(steps);
    }

    static Migrations bundled() {
        List<Migration> steps = new ArrayList<>();
        for (String name : BUNDLED) {
            steps.add(new Migration(versionOf(name), name, readResource(FOLDER + name)));
        }
        return new Migrations(steps);
    }

    static int versionOf(String fileName) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a migration file name (V<n>__<words>.sql): " + fileName);
        }
        return Integer.parseInt(m.group(1));
    }

    int latest() {
        return steps.size();
    }

    List<Migration> after(int version) {
        return steps.subList(Math.min(Math.max(version, 0), steps.size()), steps.size());
    }

    private static String readResource(String path) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Migration resource missing from the application: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read migration " + path, e);
        }
    }
}
