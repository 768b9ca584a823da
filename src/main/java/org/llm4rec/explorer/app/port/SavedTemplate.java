package org.llm4rec.explorer.app.port;

import java.time.Instant;
import org.llm4rec.explorer.domain.prompt.PromptTemplate;

/**
 * A user's named version of a template.
 *
 * @param template the template with its version number
 * @param name     the name the user gave it
 * @param savedAt  when it was saved
 */
public record SavedTemplate(PromptTemplate template, String name, Instant savedAt) {
}
