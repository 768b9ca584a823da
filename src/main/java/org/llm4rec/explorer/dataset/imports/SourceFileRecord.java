package org.llm4rec.explorer.dataset.imports;

/**
 * A file an import read, recorded with the dataset as part of its version.
 *
 * @param name   the file's name as stored (with .gz if compressed)
 * @param size   its size in bytes
 * @param sha256 the SHA-256 of its bytes, hex
 */
public record SourceFileRecord(String name, long size, String sha256) {
}
