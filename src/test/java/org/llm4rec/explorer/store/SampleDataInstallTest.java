package org.llm4rec.explorer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.SampleData;
import org.llm4rec.explorer.app.port.CatalogueRepository;
import org.llm4rec.explorer.app.port.ProfileRepository;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.grounding.TitleMatch;

class SampleDataInstallTest {
    @TempDir
    Path dir;
    private Database db;
    private CountingCatalogue catalogue;
    private CountingProfiles profiles;
    private final SampleData sampleData = new SampleData();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("store.db"));
        catalogue = new CountingCatalogue(new SqliteCatalogueRepository(db));
        profiles = new CountingProfiles(new SqliteProfileRepository(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void installsTheCatalogueAndDemoProfilesIntoAnEmptyStore() {
        sampleData.install(catalogue, profiles);

        Dataset dataset = catalogue.dataset(SampleData.DATASET_ID).orElseThrow();
        assertThat(dataset.name()).isEqualTo("goodbooks-10k (sample catalogue)");
        assertThat(dataset.itemKind()).isEqualTo("book");
        assertThat(dataset.itemCount()).isEqualTo(10_000);
        assertThat(dataset.version()).matches("[0-9a-f]{64}\\+keys\\d+");
        assertThat(catalogue.item(SampleData.DATASET_ID, "1").map(Item::title))
                .contains("The Hunger Games (The Hunger Games, #1)");
        assertThat(profiles.list(SampleData.DATASET_ID)).extracting(Profile::name).containsExactly(
                "Classics reader", "Fantasy reader", "Science-fiction reader", "Thriller reader");
        assertThat(profiles.list(SampleData.DATASET_ID))
                .allSatisfy(p -> assertThat(p.entries().get(p.entries().size() - 1).heldOut()).isTrue());
    }

    @Test
    void aSecondInstallWritesNothing() {
        sampleData.install(catalogue, profiles);
        catalogue.saves = 0;
        profiles.saves = 0;

        sampleData.install(catalogue, profiles);

        assertThat(catalogue.saves).isZero();
        assertThat(profiles.saves).isZero();
    }

    @Test
    void keepsAUsersEditsToADemoProfile() {
        sampleData.install(catalogue, profiles);
        Profile fantasy = profiles.find("demo-fantasy-reader").orElseThrow();
        Profile edited = new Profile(fantasy.id(), "My fantasy", fantasy.datasetId(), fantasy.description(),
                fantasy.entries().subList(0, 3), "edited");
        profiles.save(edited);

        sampleData.install(catalogue, profiles);

        assertThat(profiles.find("demo-fantasy-reader")).contains(edited);
    }

    @Test
    void reinstallsTheCatalogueWhenTheStoredVersionDiffers() {
        catalogue.saveDataset(new Dataset(SampleData.DATASET_ID, "old", "book", "old-hash", 1),
                List.of(new Item("1", "Old", "", null, "", 0)));
        catalogue.saves = 0;

        sampleData.install(catalogue, profiles);

        assertThat(catalogue.saves).isEqualTo(1);
        assertThat(catalogue.dataset(SampleData.DATASET_ID).map(Dataset::itemCount)).contains(10_000);
        assertThat(profiles.list(SampleData.DATASET_ID)).hasSize(4);
    }

    @Test
    void replacesADemoProfileThatNoLongerLoads() {
        sampleData.install(catalogue, profiles);
        Dataset dataset = catalogue.dataset(SampleData.DATASET_ID).orElseThrow();
        Item dropped = catalogue.item(SampleData.DATASET_ID, "9999").orElseThrow();
        Profile fantasy = profiles.find("demo-fantasy-reader").orElseThrow();
        List<ProfileEntry> extended = new ArrayList<>(fantasy.entries());
        extended.add(0, new ProfileEntry(dropped, 3.0, false));
        profiles.save(new Profile(fantasy.id(), fantasy.name(), fantasy.datasetId(), fantasy.description(),
                extended, fantasy.preferences()));
        List<Item> withoutIt = new ArrayList<>();
        for (int id = 1; id < 9999; id++) {
            withoutIt.add(catalogue.item(SampleData.DATASET_ID, String.valueOf(id)).orElseThrow());
        }
        catalogue.saveDataset(dataset, withoutIt);
        profiles.saves = 0;

        sampleData.install(catalogue, profiles);

        assertThat(profiles.saves).isEqualTo(1);
        assertThat(profiles.find("demo-fantasy-reader")).contains(fantasy);
    }

    /** Counts catalogue saves so that a test can tell whether install wrote anything. */
    private static final class CountingCatalogue implements CatalogueRepository {
        private final CatalogueRepository store;
        int saves;

        CountingCatalogue(CatalogueRepository store) {
            this.store = store;
        }

        @Override
        public List<Dataset> datasets() {
            return store.datasets();
        }

        @Override
        public Optional<Dataset> dataset(String datasetId) {
            return store.dataset(datasetId);
        }

        @Override
        public void saveDataset(Dataset dataset, List<Item> items) {
            saves++;
            store.saveDataset(dataset, items);
        }

        @Override
        public void saveDataset(Dataset dataset, List<Item> items, Map<String, List<String>> otherTitles) {
            saves++;
            store.saveDataset(dataset, items, otherTitles);
        }

        @Override
        public Optional<Item> item(String datasetId, String itemId) {
            return store.item(datasetId, itemId);
        }

        @Override
        public List<Item> search(String datasetId, String query, int limit) {
            return store.search(datasetId, query, limit);
        }

        @Override
        public List<Item> byTitle(String datasetId, String title) {
            return store.byTitle(datasetId, title);
        }

        @Override
        public List<TitleMatch> byTitleKeys(String datasetId, Collection<String> keys) {
            return store.byTitleKeys(datasetId, keys);
        }

        @Override
        public List<Item> similar(String datasetId, String text, int limit) {
            return store.similar(datasetId, text, limit);
        }

        @Override
        public List<Item> mostPopular(String datasetId, int limit) {
            return store.mostPopular(datasetId, limit);
        }

        @Override
        public List<String> itemIds(String datasetId) {
            return store.itemIds(datasetId);
        }

        @Override
        public List<Item> items(String datasetId, List<String> itemIds) {
            return store.items(datasetId, itemIds);
        }
    }

    private static final class CountingProfiles implements ProfileRepository {
        private final ProfileRepository store;
        int saves;

        CountingProfiles(ProfileRepository store) {
            this.store = store;
        }

        @Override
        public List<Profile> list(String datasetId) {
            return store.list(datasetId);
        }

        @Override
        public Optional<Profile> find(String profileId) {
            return store.find(profileId);
        }

        @Override
        public void save(Profile profile) {
            saves++;
            store.save(profile);
        }

        @Override
        public boolean delete(String profileId) {
            return store.delete(profileId);
        }
    }
}
