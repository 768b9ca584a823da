package org.llm4rec.explorer.app.export;

/** The file formats a comparison exports to (the picture of the view is made by the window itself). */
public enum ExportFormat {
    CSV("CSV table", "csv"),
    JSON("JSON (opens again in the app)", "json"),
    MARKDOWN("Markdown summary", "md"),
    HTML("HTML report", "html");

    private final String description;
    private final String extension;

    ExportFormat(String description, String extension) {
        this.description = description;
        this.extension = extension;
    }

    public String description() {
        return description;
    }

    public String extension() {
        return extension;
    }
}
