package org.llm4rec.explorer.store;

/**
 * One schema step, from a resource named {@code V<version>__<name>.sql}.
 *
 * @param version the number that orders it, from 1
 * @param name    the file name, recorded beside the version
 * @param sql     the statements it runs
 */
record Migration(int version, String name, String sql) {
}
