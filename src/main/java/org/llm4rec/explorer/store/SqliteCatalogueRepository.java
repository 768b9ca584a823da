package org.llm4rec.explorer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.llm4rec.explorer.app.port.CatalogueRepository;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.grounding.TitleMatch;

/** Datasets and their catalogues in SQLite, with trigram full-text search over titles, creators and categories. */
public final class SqliteCatalogueRepository implements CatalogueRepository {
    private static final String DATASET_COLUMNS = "id, name, item_kind, version, item_count";
    /** Title weighs most: people and models name items by title first. */
    private static final String BM25 = "bm25(items_fts, 10.0, 3.0, 1.0)";

    private final Database db;
    private final Clock clock;
    /** Datasets whose title keys are known to follow the current rules. */
    private final Set<String> fresh = ConcurrentHashMap.newKeySet();

    public SqliteCatalogueRepository(Database db) {
        this(db, Clock.systemUTC());
    }

    public SqliteCatalogueRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Dataset> datasets() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT " + DATASET_COLUMNS + " FROM datasets ORDER BY name COLLATE NOCASE, id")) {
                return readDatasets(p);
            }
        });
    }

    @Override
    public Optional<Dataset> dataset(String datasetId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT " + DATASET_COLUMNS + " FROM datasets WHERE id = ?")) {
                p.setString(1, datasetId);
                return readDatasets(p).stream().findFirst();
            }
        });
    }

    /**
     * {@inheritDoc} The stored item count is the number of items given, whatever the dataset record says, so
     * that it always agrees with the catalogue.
     */
    @Override
    public void saveDataset(Dataset dataset, List<Item> items) {
        saveDataset(dataset, items, Map.of());
    }

    /**
     * {@inheritDoc} An item's other titles (goodbooks' original_title, by item id) find it too when a model writes
     * them.
     */
    @Override
    public void saveDataset(Dataset dataset, List<Item> items, Map<String, List<String>> otherTitles) {
        requireUniqueIds(dataset, items);
        db.write(c -> {
            upsertDataset(c, dataset, items.size());
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM items WHERE dataset_id = ?")) {
                delete.setString(1, dataset.id());
                delete.executeUpdate();
            }
            insertItems(c, dataset.id(), items);
            try (TitleKeyRows keys = new TitleKeyRows(c, dataset.id());
                 PreparedStatement ids = c.prepareStatement("SELECT id, item_id, title FROM items"
                         + " WHERE dataset_id = ? ORDER BY id")) {
                ids.setString(1, dataset.id());
                try (ResultSet rs = ids.executeQuery()) {
                    while (rs.next()) {
                        keys.add(rs.getLong(1), rs.getString(3), otherTitles.getOrDefault(rs.getString(2),
                                List.of()));
                    }
                }
                keys.flush();
            }
            TitleKeyRows.markCurrent(c, dataset.id());
            fresh.add(dataset.id());
            // In rowid order: FTS5 appends ascending rowids cheaply, but flushes its buffer on every step back,
            // which made an unordered load of 10,000 items five times slower.
            try (PreparedStatement index = c.prepareStatement("INSERT INTO items_fts (rowid, title, creators,"
                    + " categories) SELECT id, title, creators, categories FROM items WHERE dataset_id = ?"
                    + " ORDER BY id")) {
                index.setString(1, dataset.id());
                index.executeUpdate();
            }
            return null;
        });
    }

    private void upsertDataset(Connection c, Dataset dataset, int itemCount) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO datasets (id, name, item_kind, version, item_count, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, item_kind = excluded.item_kind,
                    version = excluded.version, item_count = excluded.item_count,
                    created_at = excluded.created_at""")) {
            p.setString(1, dataset.id());
            p.setString(2, dataset.name());
            p.setString(3, dataset.itemKind());
            p.setString(4, dataset.version());
            p.setInt(5, itemCount);
            p.setString(6, Timestamps.format(clock.instant()));
            p.executeUpdate();
        }
    }

    private static void insertItems(Connection c, String datasetId, List<Item> items) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO items (dataset_id, item_id, title, creators, year, categories, popularity,
                    folded_title)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Item item : items) {
                p.setString(1, datasetId);
                p.setString(2, item.id());
                p.setString(3, item.title());
                p.setString(4, item.creators());
                if (item.year() == null) {
                    p.setNull(5, Types.INTEGER);
                } else {
                    p.setInt(5, item.year());
                }
                p.setString(6, item.categories());
                p.setLong(7, item.popularity());
                p.setString(8, SearchText.fold(item.title()));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void requireUniqueIds(Dataset dataset, List<Item> items) {
        Set<String> seen = new HashSet<>();
        for (Item item : items) {
            if (!seen.add(item.id())) {
                throw new IllegalArgumentException(
                        "Dataset " + dataset.id() + " has more than one item with id " + item.id());
            }
        }
    }

    @Override
    public Optional<Item> item(String datasetId, String itemId) {
        return firstOf(queryItems("SELECT " + ItemRows.COLUMNS
                + " FROM items i WHERE i.dataset_id = ? AND i.item_id = ?", datasetId, itemId));
    }

    /** {@inheritDoc} Surrounding white space is ignored too; the most popular match comes first. */
    @Override
    public List<Item> byTitle(String datasetId, String title) {
        return queryItems("SELECT " + ItemRows.COLUMNS + " FROM items i WHERE i.dataset_id = ? AND i.folded_title = ?"
                + " ORDER BY i.popularity DESC, i.id", datasetId, SearchText.fold(title));
    }

    /** {@inheritDoc} Most popular first, then by id; a catalogue keyed under older rules is keyed again first. */
    @Override
    public List<TitleMatch> byTitleKeys(String datasetId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        requireCurrentKeys(datasetId);
        List<Object> args = new ArrayList<>(keys);
        args.add(0, datasetId);
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + ItemRows.COLUMNS + ", t.title_key, t.tier"
                    + " FROM item_titles t JOIN items i ON i.id = t.item_key WHERE t.dataset_id = ? AND t.title_key IN ("
                    + String.join(", ", Collections.nCopies(keys.size(), "?")) + ")"
                    + " ORDER BY i.popularity DESC, i.id")) {
                for (int i = 0; i < args.size(); i++) {
                    p.setObject(i + 1, args.get(i));
                }
                List<TitleMatch> found = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        found.add(new TitleMatch(ItemRows.read(rs), rs.getString("title_key"), rs.getInt("tier")));
                    }
                }
                return found;
            }
        });
    }

    /** Catalogues stored before title keys existed, or under older rules, are keyed once, on first use. */
    private void requireCurrentKeys(String datasetId) {
        if (fresh.contains(datasetId)) {
            return;
        }
        boolean current = db.read(c -> TitleKeyRows.current(c, datasetId));
        if (!current) {
            db.write(c -> {
                TitleKeyRows.rebuild(c, datasetId);
                return null;
            });
        }
        fresh.add(datasetId);
    }

    /**
     * {@inheritDoc} Titles sharing the most (and rarest) three-letter pieces with the text come first, ranked by
     * bm25; text shorter than three letters, which trigrams cannot match, is looked for as a substring instead.
     */
    @Override
    public List<Item> similar(String datasetId, String text, int limit) {
        String clean = SearchText.clean(text);
        if (limit <= 0 || clean.isEmpty()) {
            return List.of();
        }
        if (SearchText.length(clean) < SearchText.TRIGRAM) {
            return queryItems("SELECT " + ItemRows.COLUMNS + " FROM items i WHERE i.dataset_id = ?"
                            + " AND i.folded_title LIKE ? ESCAPE '\\' ORDER BY i.folded_title = ? DESC,"
                            + " i.popularity DESC, i.id LIMIT ?",
                    datasetId, SearchText.containsPattern(SearchText.fold(clean)), SearchText.fold(clean), limit);
        }
        return queryItems("SELECT " + ItemRows.COLUMNS + " FROM items_fts JOIN items i ON i.id = items_fts.rowid"
                        + " WHERE items_fts MATCH ? AND i.dataset_id = ?"
                        + " ORDER BY " + BM25 + ", i.popularity DESC, i.id LIMIT ?",
                SearchText.anyTrigramOfTitle(clean), datasetId, limit);
    }

    /**
     * {@inheritDoc} Every word typed must appear somewhere in title, creators or categories. Titles equal to the
     * query come first, then titles starting with it, then by bm25 relevance, then by popularity.
     */
    @Override
    public List<Item> search(String datasetId, String query, int limit) {
        String clean = SearchText.clean(query);
        if (limit <= 0 || clean.isEmpty()) {
            return List.of();
        }
        String folded = SearchText.fold(clean);
        List<Item> starting = startingWith(datasetId, folded, limit);
        if (starting.size() >= limit) {
            return starting;
        }
        List<String> longWords = new ArrayList<>();
        List<String> shortWords = new ArrayList<>();
        for (String word : clean.split(" ")) {
            (SearchText.length(word) >= SearchText.TRIGRAM ? longWords : shortWords).add(word);
        }
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(ItemRows.COLUMNS);
        if (longWords.isEmpty()) {
            sql.append(" FROM items i WHERE i.dataset_id = ?");
        } else {
            sql.append(", ").append(BM25).append(" AS relevance")
                    .append(" FROM items_fts JOIN items i ON i.id = items_fts.rowid")
                    .append(" WHERE items_fts MATCH ? AND i.dataset_id = ?");
            args.add(SearchText.allWords(longWords));
        }
        args.add(datasetId);
        // The titles starting with the text are already listed first.
        sql.append(" AND NOT (i.folded_title >= ? AND i.folded_title < ?)");
        args.add(folded);
        args.add(SearchText.prefixEnd(folded));
        // Trigrams cannot match one- or two-letter words; those are required as plain substrings. A word holds
        // no space, so it cannot span two fields: each field is tested alone, without building their
        // concatenation for every item (a third of the time of a short query over 62k items).
        for (String word : shortWords) {
            sql.append(" AND (i.title LIKE ? ESCAPE '\\' OR i.creators LIKE ? ESCAPE '\\'"
                    + " OR i.categories LIKE ? ESCAPE '\\')");
            String pattern = SearchText.containsPattern(word);
            args.addAll(List.of(pattern, pattern, pattern));
        }
        sql.append(" ORDER BY ").append(longWords.isEmpty() ? "" : "relevance, ")
                .append("i.popularity DESC, i.id LIMIT ?");
        args.add(limit - starting.size());
        List<Item> found = new ArrayList<>(starting);
        found.addAll(queryItems(sql.toString(), args.toArray()));
        return found;
    }

    /**
     * The items whose title starts with the text, equal titles first: the head of every {@link #search} result,
     * read as a range of the folded-title index. A title starting with the whole text contains each of its words,
     * so these all match the full query too; when they fill the page, the full-text match and the ranking of
     * every item containing the text (thousands for three or four letters over 62k items) are not needed.
     */
    private List<Item> startingWith(String datasetId, String folded, int limit) {
        return queryItems("SELECT " + ItemRows.COLUMNS + " FROM items i WHERE i.dataset_id = ?"
                        + " AND i.folded_title >= ? AND i.folded_title < ?"
                        + " ORDER BY i.folded_title = ? DESC, i.popularity DESC, i.id LIMIT ?",
                datasetId, folded, SearchText.prefixEnd(folded), folded, limit);
    }

    @Override
    public List<Item> mostPopular(String datasetId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return queryItems("SELECT " + ItemRows.COLUMNS + " FROM items i WHERE i.dataset_id = ?"
                + " ORDER BY i.popularity DESC, i.id LIMIT ?", datasetId, limit);
    }

    /** {@inheritDoc} In load order, which is stable for a stored catalogue. */
    @Override
    public List<String> itemIds(String datasetId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT item_id FROM items WHERE dataset_id = ? ORDER BY id")) {
                p.setString(1, datasetId);
                List<String> ids = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    @Override
    public List<Item> items(String datasetId, List<String> itemIds) {
        List<Item> found = new ArrayList<>();
        for (String id : itemIds) {
            item(datasetId, id).ifPresent(found::add);
        }
        return found;
    }

    private List<Item> queryItems(String sql, Object... args) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    p.setObject(i + 1, args[i]);
                }
                List<Item> items = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        items.add(ItemRows.read(rs));
                    }
                }
                return items;
            }
        });
    }

    private static List<Dataset> readDatasets(PreparedStatement p) throws SQLException {
        List<Dataset> datasets = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                datasets.add(new Dataset(rs.getString("id"), rs.getString("name"), rs.getString("item_kind"),
                        rs.getString("version"), rs.getInt("item_count")));
            }
        }
        return datasets;
    }

    private static <T> Optional<T> firstOf(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }
}
