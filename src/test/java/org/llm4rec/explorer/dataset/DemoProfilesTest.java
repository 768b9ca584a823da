package org.llm4rec.explorer.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;

class DemoProfilesTest {
    private static final String RESOURCE = "sample-data/demo-profiles.json";
    private static final String DATASET = "goodbooks-10k-sample";
    private static Map<String, Item> catalogue;

    @BeforeAll
    static void loadCatalogue() throws IOException {
        catalogue = GoodbooksCatalogueTest.shippedCatalogue().stream()
                .collect(Collectors.toMap(Item::id, Function.identity()));
    }

    @Test
    void theFourShippedProfilesResolveAgainstTheCatalogue() throws IOException {
        List<Profile> profiles = shipped();

        assertThat(profiles).extracting(Profile::name).containsExactly(
                "Fantasy reader", "Classics reader", "Thriller reader", "Science-fiction reader");
        assertThat(profiles).extracting(Profile::id).doesNotHaveDuplicates();
        assertThat(profiles).allSatisfy(p -> {
            assertThat(p.datasetId()).isEqualTo(DATASET);
            assertThat(p.description()).isNotBlank().doesNotContain("\n");
            assertThat(p.preferences()).isNotBlank();
            assertThat(p.entries()).hasSizeBetween(8, 12);
            assertThat(p.entries()).extracting(e -> e.item().id()).doesNotHaveDuplicates();
        });
    }

    @Test
    void eachProfileHoldsOutItsLastBookOnly() throws IOException {
        assertThat(shipped()).allSatisfy(p -> {
            List<ProfileEntry> entries = p.entries();
            assertThat(entries.get(entries.size() - 1).heldOut()).as(p.name() + " last book held out").isTrue();
            assertThat(p.targets()).hasSize(1);
            assertThat(p.visibleHistory()).hasSize(entries.size() - 1);
        });
    }

    @Test
    void ratingsRunFromOneToFiveAndAreMostlyHigh() throws IOException {
        assertThat(shipped()).allSatisfy(p -> {
            assertThat(p.entries()).allSatisfy(e -> assertThat(e.rating()).isBetween(1.0, 5.0));
            assertThat(p.entries()).filteredOn(e -> e.rating() < 4).hasSizeBetween(1, 2);
        });
    }

    @Test
    void theTitlesWrittenInTheFileAreTheCatalogueTitlesOfTheirIds() throws IOException {
        JsonNode file;
        try (InputStream in = resource()) {
            file = new ObjectMapper().readTree(in);
        }
        int checked = 0;
        for (JsonNode profile : file.get("profiles")) {
            for (JsonNode entry : profile.get("history")) {
                Item item = catalogue.get(entry.get("book_id").asText());
                assertThat(item).as("book_id " + entry.get("book_id")).isNotNull();
                assertThat(entry.get("title").asText()).isEqualTo(item.title());
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(32);
    }

    @Test
    void anUnknownBookIdNamesTheProfileAndTheId() {
        String json = "{\"dataset\": \"goodbooks-10k-sample\", \"profiles\": [{\"id\": \"p\", \"name\": \"Odd reader\","
                + " \"history\": [{\"book_id\": \"7\", \"rating\": 5}, {\"book_id\": \"424242\", \"rating\": 4}]}]}";
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Odd reader").hasMessageContaining("424242");
    }

    @Test
    void refusesProfilesWrittenForAnotherDataset() {
        String json = "{\"dataset\": \"movielens-100k\", \"profiles\": []}";
        assertThatThrownBy(() -> read(json)).isInstanceOf(IOException.class).hasMessageContaining("movielens-100k");
    }

    @Test
    void refusesAProfileWithoutHistoryOrName() {
        assertThatThrownBy(() -> read("{\"profiles\": [{\"id\": \"p\", \"name\": \"Empty\", \"history\": []}]}"))
                .isInstanceOf(IOException.class).hasMessageContaining("Empty");
        assertThatThrownBy(() -> read("{\"profiles\": [{\"id\": \"p\", \"history\": [{\"book_id\": \"7\"}]}]}"))
                .isInstanceOf(IOException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> read("{\"profiles\": [")).isInstanceOf(IOException.class);
    }

    private static List<Profile> read(String json) throws IOException {
        return DemoProfiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json",
                DATASET, id -> Optional.ofNullable(catalogue.get(id)));
    }

    private static List<Profile> shipped() throws IOException {
        try (InputStream in = resource()) {
            return DemoProfiles.read(in, RESOURCE, DATASET, id -> Optional.ofNullable(catalogue.get(id)));
        }
    }

    private static InputStream resource() {
        InputStream in = DemoProfilesTest.class.getClassLoader().getResourceAsStream(RESOURCE);
        assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
        return in;
    }
}
