package org.llm4rec.explorer.domain.llm;

/**
 * What the model server said when asked.
 *
 * @param url       the base URL that was asked
 * @param reachable true when it answered
 * @param version   the server's version, or null
 * @param message   a sentence for the user (what is wrong and what to do) when not reachable
 */
public record ServerStatus(String url, boolean reachable, String version, String message) {
}
