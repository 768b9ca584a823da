package org.llm4rec.explorer.domain.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads built-in templates, which ship as text resources beside the classes. */
public final class TemplateResources {
    private static final String FOLDER = "/org/llm4rec/explorer/prompts/";

    private TemplateResources() {
    }

    public static String load(String fileName) {
        String path = FOLDER + fileName;
        try (InputStream in = TemplateResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The built-in template " + path + " is missing from the build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the built-in template " + path, e);
        }
    }
}
