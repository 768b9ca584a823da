package org.llm4rec.explorer.domain.llm;

/**
 * One line of a pull's progress.
 *
 * @param status    what the server is doing ("pulling manifest", "pulling 6a0746a1ec1a", "success")
 * @param digest    the layer being downloaded, null between layers
 * @param total     the layer's size in bytes, 0 when not known
 * @param completed bytes of the layer downloaded so far
 */
public record PullProgress(String status, String digest, long total, long completed) {
}
