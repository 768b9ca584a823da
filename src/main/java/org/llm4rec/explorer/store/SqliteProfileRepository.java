package org.llm4rec.explorer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.llm4rec.explorer.app.port.ProfileRepository;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileAttributes;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.Reaction;

/**
 * Profiles in SQLite. Entries keep only the item id; loading joins the catalogue so that every entry carries its
 * full item, and fails with {@link MissingItemException} when an item has gone from the catalogue.
 */
public final class SqliteProfileRepository implements ProfileRepository {
    private static final String PROFILE_COLUMNS = "p.id, p.name, p.dataset_id, p.description, p.preferences,"
            + " p.age_group, p.occupation, p.country";
    private static final String ENTRY_QUERY = "SELECT e.profile_id, e.item_id AS entry_item_id, e.rating,"
            + " e.held_out, e.reaction, i.id AS catalogue_row, " + ItemRows.COLUMNS
            + " FROM profile_entries e JOIN profiles p ON p.id = e.profile_id"
            + " LEFT JOIN items i ON i.dataset_id = p.dataset_id AND i.item_id = e.item_id";

    private final Database db;
    private final Clock clock;

    public SqliteProfileRepository(Database db) {
        this(db, Clock.systemUTC());
    }

    public SqliteProfileRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Profile> list(String datasetId) {
        return db.read(c -> {
            Map<String, ProfileRow> rows = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + PROFILE_COLUMNS
                    + " FROM profiles p WHERE p.dataset_id = ? ORDER BY p.name COLLATE NOCASE, p.id")) {
                p.setString(1, datasetId);
                readProfiles(p, rows);
            }
            try (PreparedStatement p = c.prepareStatement(
                    ENTRY_QUERY + " WHERE p.dataset_id = ? ORDER BY e.profile_id, e.position")) {
                p.setString(1, datasetId);
                readEntries(p, rows);
            }
            return rows.values().stream().map(ProfileRow::toProfile).toList();
        });
    }

    @Override
    public Optional<Profile> find(String profileId) {
        return db.read(c -> {
            Map<String, ProfileRow> rows = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT " + PROFILE_COLUMNS + " FROM profiles p WHERE p.id = ?")) {
                p.setString(1, profileId);
                readProfiles(p, rows);
            }
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            try (PreparedStatement p = c.prepareStatement(ENTRY_QUERY + " WHERE p.id = ? ORDER BY e.position")) {
                p.setString(1, profileId);
                readEntries(p, rows);
            }
            return Optional.of(rows.get(profileId).toProfile());
        });
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when the dataset is not stored or an entry's item is not in its catalogue
     */
    @Override
    public void save(Profile profile) {
        db.write(c -> {
            requireDataset(c, profile);
            for (ProfileEntry entry : profile.entries()) {
                requireItem(c, profile, entry.item().id());
            }
            upsertProfile(c, profile);
            try (PreparedStatement p = c.prepareStatement("DELETE FROM profile_entries WHERE profile_id = ?")) {
                p.setString(1, profile.id());
                p.executeUpdate();
            }
            insertEntries(c, profile);
            return null;
        });
    }

    @Override
    public boolean delete(String profileId) {
        // Entries go with the profile (ON DELETE CASCADE); runs made from it stay, as a record of what happened.
        return db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM profiles WHERE id = ?")) {
                p.setString(1, profileId);
                return p.executeUpdate() > 0;
            }
        });
    }

    private void upsertProfile(Connection c, Profile profile) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO profiles (id, name, dataset_id, description, preferences, updated_at,
                    age_group, occupation, country)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, dataset_id = excluded.dataset_id,
                    description = excluded.description, preferences = excluded.preferences,
                    updated_at = excluded.updated_at, age_group = excluded.age_group,
                    occupation = excluded.occupation, country = excluded.country""")) {
            p.setString(1, profile.id());
            p.setString(2, profile.name());
            p.setString(3, profile.datasetId());
            p.setString(4, profile.description());
            p.setString(5, profile.preferences());
            p.setString(6, Timestamps.format(clock.instant()));
            p.setString(7, profile.attributes().ageGroup());
            p.setString(8, profile.attributes().occupation());
            p.setString(9, profile.attributes().country());
            p.executeUpdate();
        }
    }

    private static void insertEntries(Connection c, Profile profile) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO profile_entries"
                + " (profile_id, position, item_id, rating, held_out, reaction) VALUES (?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (ProfileEntry entry : profile.entries()) {
                p.setString(1, profile.id());
                p.setInt(2, position++);
                p.setString(3, entry.item().id());
                if (entry.rating() == null) {
                    p.setNull(4, Types.REAL);
                } else {
                    p.setDouble(4, entry.rating());
                }
                p.setInt(5, entry.heldOut() ? 1 : 0);
                p.setString(6, entry.reaction().name());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void requireDataset(Connection c, Profile profile) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM datasets WHERE id = ?")) {
            p.setString(1, profile.datasetId());
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("Profile '" + profile.name() + "' belongs to dataset "
                            + profile.datasetId() + ", which is not in the store.");
                }
            }
        }
    }

    private static void requireItem(Connection c, Profile profile, String itemId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM items WHERE dataset_id = ? AND item_id = ?")) {
            p.setString(1, profile.datasetId());
            p.setString(2, itemId);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("Profile '" + profile.name() + "' (id " + profile.id()
                            + ") names item " + itemId + ", which is not in the catalogue of dataset "
                            + profile.datasetId() + ".");
                }
            }
        }
    }

    private static void readProfiles(PreparedStatement p, Map<String, ProfileRow> into) throws SQLException {
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                ProfileRow row = new ProfileRow(rs.getString("id"), rs.getString("name"),
                        rs.getString("dataset_id"), rs.getString("description"), rs.getString("preferences"),
                        new ProfileAttributes(rs.getString("age_group"), rs.getString("occupation"),
                                rs.getString("country")));
                into.put(row.id, row);
            }
        }
    }

    private static void readEntries(PreparedStatement p, Map<String, ProfileRow> rows) throws SQLException {
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                ProfileRow row = rows.get(rs.getString("profile_id"));
                rs.getLong("catalogue_row");
                if (rs.wasNull()) {
                    throw new MissingItemException(row.id, row.name, row.datasetId, rs.getString("entry_item_id"));
                }
                double rating = rs.getDouble("rating");
                Double maybeRating = rs.wasNull() ? null : rating;
                row.entries.add(new ProfileEntry(ItemRows.read(rs), maybeRating, rs.getInt("held_out") == 1,
                        Reaction.valueOf(rs.getString("reaction"))));
            }
        }
    }

    /** A profile while its entries are being read. */
    private static final class ProfileRow {
        final String id;
        final String name;
        final String datasetId;
        final String description;
        final String preferences;
        final ProfileAttributes attributes;
        final List<ProfileEntry> entries = new ArrayList<>();

        ProfileRow(String id, String name, String datasetId, String description, String preferences,
                   ProfileAttributes attributes) {
            this.id = id;
            this.name = name;
            this.datasetId = datasetId;
            this.description = description;
            this.preferences = preferences;
            this.attributes = attributes;
        }

        Profile toProfile() {
            return new Profile(id, name, datasetId, description, entries, preferences, attributes);
        }
    }
}
