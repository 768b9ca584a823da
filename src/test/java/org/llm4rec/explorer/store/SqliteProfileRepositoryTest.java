package org.llm4rec.explorer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileAttributes;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.Reaction;

class SqliteProfileRepositoryTest {
    private static final Item HOBBIT = new Item("7", "The Hobbit", "J.R.R. Tolkien", 1937, "", 2_071_616);
    private static final Item FELLOWSHIP = new Item("19", "The Fellowship of the Ring (The Lord of the Rings, #1)",
            "J.R.R. Tolkien", 1954, "", 1_766_803);
    private static final Item EARTHSEA =
            new Item("593", "A Wizard of Earthsea (Earthsea Cycle, #1)", "Ursula K. Le Guin", 1968, "", 155_042);
    private static final Item ODYSSEY = new Item("9", "The Odyssey", "Homer", -720, "", 670_326);

    @RegisterExtension
    final TempDatabase database = new TempDatabase();
    private SqliteCatalogueRepository catalogue;
    private SqliteProfileRepository profiles;

    @BeforeEach
    void open() {
        catalogue = new SqliteCatalogueRepository(database.get());
        profiles = new SqliteProfileRepository(database.get());
        catalogue.saveDataset(new Dataset("books", "Books", "book", "v1", 4),
                List.of(HOBBIT, FELLOWSHIP, EARTHSEA, ODYSSEY));
    }

    @Test
    void keepsEntriesInOrderWithRatingsHeldOutMarksAndFullItems() {
        Profile reader = new Profile("p1", "Fantasy reader", "books", "Reads epic fantasy.",
                List.of(new ProfileEntry(EARTHSEA, 4.0, false), new ProfileEntry(ODYSSEY, null, false),
                        new ProfileEntry(HOBBIT, 2.5, false), new ProfileEntry(FELLOWSHIP, 5.0, true)),
                "Likes maps.");
        profiles.save(reader);

        assertThat(profiles.find("p1")).contains(reader);
        assertThat(profiles.find("p1").orElseThrow().targets()).containsExactly(FELLOWSHIP);
        assertThat(profiles.find("nobody")).isEmpty();
    }

    @Test
    void keepsLikesDislikesAndAttributesAndDeletesAProfileWithItsHistory() {
        Profile reader = new Profile("p1", "Reader", "books", "", List.of(
                new ProfileEntry(HOBBIT, null, false, Reaction.LIKED), new ProfileEntry(ODYSSEY, 2.5, false,
                        Reaction.DISLIKED), new ProfileEntry(EARTHSEA, 4.5, true)), "maps",
                new ProfileAttributes("25-34", "teacher", "Norway"));
        profiles.save(reader);
        assertThat(profiles.find("p1")).contains(reader);

        assertThat(profiles.delete("p1")).isTrue();
        assertThat(profiles.find("p1")).isEmpty();
        assertThat(profiles.delete("p1")).isFalse();
        int entriesLeft = database.get().read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM profile_entries")) {
                return rs.getInt(1);
            }
        });
        assertThat(entriesLeft).isZero();
    }

    @Test
    void survivesClosingAndReopeningTheFile() {
        Profile reader = new Profile("p1", "Reader", "books", "", List.of(new ProfileEntry(HOBBIT, 5.0, true)), "");
        profiles.save(reader);

        assertThat(new SqliteProfileRepository(database.reopen()).find("p1")).contains(reader);
    }

    @Test
    void savingAgainReplacesTheProfileAndItsEntries() {
        profiles.save(new Profile("p1", "Reader", "books", "old", List.of(new ProfileEntry(HOBBIT, 5.0, false),
                new ProfileEntry(EARTHSEA, 3.0, false), new ProfileEntry(ODYSSEY, 1.0, true)), ""));
        Profile edited = new Profile("p1", "Renamed", "books", "new",
                List.of(new ProfileEntry(ODYSSEY, 4.0, false), new ProfileEntry(HOBBIT, 5.0, true)), "notes");
        profiles.save(edited);

        assertThat(profiles.find("p1")).contains(edited);
    }

    @Test
    void listsTheProfilesOfOneDatasetByName() {
        catalogue.saveDataset(new Dataset("other", "Other", "book", "o", 1), List.of(HOBBIT));
        Profile zed = new Profile("z", "zed", "books", "", List.of(new ProfileEntry(HOBBIT, 5.0, false)), "");
        Profile amy = new Profile("a", "Amy", "books", "", List.of(new ProfileEntry(ODYSSEY, 3.0, false),
                new ProfileEntry(EARTHSEA, 4.0, true)), "");
        Profile empty = new Profile("e", "Beth", "books", "", List.of(), "");
        Profile elsewhere = new Profile("x", "Ann", "other", "", List.of(new ProfileEntry(HOBBIT, 1.0, false)), "");
        List.of(zed, amy, empty, elsewhere).forEach(profiles::save);

        assertThat(profiles.list("books")).containsExactly(amy, empty, zed);
        assertThat(profiles.list("other")).containsExactly(elsewhere);
        assertThat(profiles.list("none")).isEmpty();
    }

    @Test
    void refusesAnItemThatIsNotInTheCatalogue() {
        Item stranger = new Item("12345", "Not Here", "", null, "", 0);
        Profile profile = new Profile("p1", "Reader", "books", "", List.of(new ProfileEntry(HOBBIT, 5.0, false),
                new ProfileEntry(stranger, 4.0, false)), "");

        assertThatThrownBy(() -> profiles.save(profile))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Reader").hasMessageContaining("12345");
        assertThat(profiles.find("p1")).isEmpty();
    }

    @Test
    void refusesADatasetThatIsNotStored() {
        Profile profile = new Profile("p1", "Reader", "nowhere", "", List.of(), "");
        assertThatThrownBy(() -> profiles.save(profile))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nowhere");
    }

    @Test
    void namesTheProfileAndItemWhenTheCatalogueLostAnItem() {
        profiles.save(new Profile("p1", "Fantasy reader", "books", "",
                List.of(new ProfileEntry(HOBBIT, 5.0, false), new ProfileEntry(EARTHSEA, 4.0, true)), ""));
        catalogue.saveDataset(new Dataset("books", "Books", "book", "v2", 1), List.of(HOBBIT));

        assertThatThrownBy(() -> profiles.find("p1"))
                .isInstanceOfSatisfying(MissingItemException.class, e -> {
                    assertThat(e.profileId()).isEqualTo("p1");
                    assertThat(e.itemId()).isEqualTo("593");
                })
                .hasMessageContaining("Fantasy reader").hasMessageContaining("593").hasMessageContaining("books");
        assertThatThrownBy(() -> profiles.list("books")).isInstanceOf(MissingItemException.class);
    }
}
