package org.llm4rec.explorer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.llm4rec.explorer.app.port.SavedTemplate;
import org.llm4rec.explorer.app.port.TemplateRepository;
import org.llm4rec.explorer.domain.prompt.PromptTemplate;

/** Users' template versions in SQLite. */
public final class SqliteTemplateRepository implements TemplateRepository {
    /** Version 1 is the built-in template, so the first saved version is 2. */
    private static final int FIRST_SAVED = 2;

    private final Database db;
    private final Clock clock;

    public SqliteTemplateRepository(Database db) {
        this(db, Clock.systemUTC());
    }

    public SqliteTemplateRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<SavedTemplate> versions(String templateId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT version, name, text, saved_at FROM templates"
                    + " WHERE template_id = ? ORDER BY version")) {
                p.setString(1, templateId);
                List<SavedTemplate> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SavedTemplate(new PromptTemplate(templateId, rs.getInt("version"),
                                rs.getString("text")), rs.getString("name"), Timestamps.parse(rs.getString("saved_at"))));
                    }
                }
                return out;
            }
        });
    }

    /** {@inheritDoc} The next number is taken inside the write, so two saves never share a version. */
    @Override
    public SavedTemplate saveNew(String templateId, String name, String text) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Give the template version a name, so that runs can show it.");
        }
        Instant now = clock.instant();
        int version = db.write(c -> {
            int next;
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT COALESCE(MAX(version) + 1, ?) FROM templates WHERE template_id = ?")) {
                p.setInt(1, FIRST_SAVED);
                p.setString(2, templateId);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    next = rs.getInt(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO templates (template_id, version, name, text,"
                    + " saved_at) VALUES (?, ?, ?, ?, ?)")) {
                p.setString(1, templateId);
                p.setInt(2, next);
                p.setString(3, name.strip());
                p.setString(4, text);
                p.setString(5, Timestamps.format(now));
                p.executeUpdate();
            }
            return next;
        });
        return new SavedTemplate(new PromptTemplate(templateId, version, text), name.strip(), now);
    }
}
