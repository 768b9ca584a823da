package org.llm4rec.explorer.app.port;

import java.util.List;

/** Users' edited versions of the built-in templates. Version 1 is always the built-in one and is not stored. */
public interface TemplateRepository {

    /** The saved versions of a template, oldest first. */
    List<SavedTemplate> versions(String templateId);

    /** Saves the text as the next version of the template (2, 3, ...) under a name, and returns it. */
    SavedTemplate saveNew(String templateId, String name, String text);
}
