package org.llm4rec.explorer.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with the store's connection while the caller holds it alone. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
