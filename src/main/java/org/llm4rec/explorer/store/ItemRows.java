package org.llm4rec.explorer.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.llm4rec.explorer.domain.Item;

/** Reads an {@link Item} from a row that selected {@link #COLUMNS} from {@code items i}. */
final class ItemRows {
    static final String COLUMNS = "i.item_id, i.title, i.creators, i.year, i.categories, i.popularity";

    private ItemRows() {
    }

    static Item read(ResultSet rs) throws SQLException {
        int year = rs.getInt("year");
        Integer maybeYear = rs.wasNull() ? null : year;
        return new Item(rs.getString("item_id"), rs.getString("title"), rs.getString("creators"), maybeYear,
                rs.getString("categories"), rs.getLong("popularity"));
    }
}
