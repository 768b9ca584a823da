package org.llm4rec.explorer.app.export;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes comparisons to files and reads JSON exports and comparison files back. A file is written beside its target and moved into
 * place at the end, so that a failed export never leaves half a file where an older one was.
 */
public final class ComparisonFiles {
    private final ComparisonJson json = new ComparisonJson();

    public Path write(Comparison comparison, ExportFormat format, Path file) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path partial = null;
        try {
            // Not Files.createTempFile: its owner-only permissions would stay with the export once moved.
            partial = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                switch (format) {
                    case CSV -> new ComparisonCsv().write(comparison, out);
                    case JSON -> json.write(comparison, out);
                    case MARKDOWN -> new ComparisonMarkdown().write(comparison, out);
                    case HTML -> new HtmlReport().write(comparison, out);
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new ExportException(target, "cannot be written: " + reason(e)
                    + ". Choose a folder you can write to.", e);
        }
    }

    public Comparison read(Path file) {
        Path source = file.toAbsolutePath();
        try (Reader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            return json.read(in, source);
        } catch (IOException e) {
            throw new ExportException(source, "cannot be read: " + reason(e)
                    + ". Check the file's name and folder and that you may read it.", e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "it is not UTF-8 text";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path partial) {
        if (partial != null) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // The partial file is hidden and harmless; the export error is what the user needs to see.
            }
        }
    }
}
