package org.llm4rec.explorer.ui;

/** A name the user gave (a profile's, an experiment's) as the start of a file name any system accepts. */
public final class FileNames {
    private FileNames() {
    }

    /** Letters, digits, dots, dashes and underscores kept, every other run of characters a dash. */
    public static String of(String name, String whenNothingIsLeft) {
        String safe = name.strip().replaceAll("[^A-Za-z0-9._-]+", "-");
        return safe.isEmpty() || safe.equals("-") ? whenNothingIsLeft : safe;
    }
}
