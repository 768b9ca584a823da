package org.llm4rec.explorer.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.llm4rec.explorer.app.port.CatalogueRepository;
import org.llm4rec.explorer.app.port.ProfileRepository;
import org.llm4rec.explorer.dataset.DemoProfiles;
import org.llm4rec.explorer.dataset.imports.DatasetImporter;
import org.llm4rec.explorer.dataset.imports.SourceFile;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.grounding.TitleKeys;

/**
 * The sample catalogue (goodbooks-10k's books) and the demo reader profiles that ship inside the app, so that a
 * first run has something to work with offline.
 */
public final class SampleData {
    public static final String DATASET_ID = "goodbooks-10k-sample";
    public static final String DATASET_NAME = "goodbooks-10k (sample catalogue)";
    public static final String ITEM_KIND = "book";
    static final String BOOKS_RESOURCE = "sample-data/goodbooks-10k/books.csv";
    static final String PROFILES_RESOURCE = "sample-data/demo-profiles.json";

    private final ClassLoader resources;

    public SampleData() {
        this(SampleData.class.getClassLoader());
    }

    /** @param resources where the sample files are looked up, under {@code sample-data/} */
    public SampleData(ClassLoader resources) {
        this.resources = resources;
    }

    /**
     * Stores the sample catalogue when it is missing or its file changed (its version is the file's SHA-256), and
     * adds any demo profile that is missing. Demo profiles already stored are left as they are: the user may have
     * edited them. When everything is in place this only hashes the file and reads a few rows.
     */
    public void install(CatalogueRepository catalogue, ProfileRepository profiles) {
        byte[] books = read(BOOKS_RESOURCE);
        // The key rules are part of the version: a catalogue keyed under older rules is stored again, with the
        // original titles the stored rows do not keep.
        String version = sha256(books) + "+keys" + TitleKeys.VERSION;
        Optional<Dataset> stored = catalogue.dataset(DATASET_ID);
        if (stored.isEmpty() || !stored.get().version().equals(version)) {
            DatasetImporter.Catalogue parsed = parseBooks(books);
            catalogue.saveDataset(new Dataset(DATASET_ID, DATASET_NAME, ITEM_KIND, version, parsed.items().size()),
                    parsed.items(), parsed.otherTitles());
        }
        for (Profile profile : demoProfiles(catalogue)) {
            if (!storedAndReadable(profiles, profile.id())) {
                profiles.save(profile);
            }
        }
    }

    /**
     * A stored demo profile that no longer loads (a new catalogue dropped one of its books) is replaced by the
     * shipped one, which resolves against the catalogue just installed; otherwise the app could not start.
     */
    private static boolean storedAndReadable(ProfileRepository profiles, String profileId) {
        try {
            return profiles.find(profileId).isPresent();
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** The demo profiles, their books resolved in the stored sample catalogue. */
    public List<Profile> demoProfiles(CatalogueRepository catalogue) {
        try (InputStream json = new ByteArrayInputStream(read(PROFILES_RESOURCE))) {
            return DemoProfiles.read(json, PROFILES_RESOURCE, DATASET_ID, id -> catalogue.item(DATASET_ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** Read by the goodbooks-10k importer, so that the sample's books are the books an import of the dataset has. */
    private static DatasetImporter.Catalogue parseBooks(byte[] books) {
        return DatasetImporter.goodbooksCatalogue(SourceFile.inMemory(BOOKS_RESOURCE, books));
    }

    private byte[] read(String resource) {
        try (InputStream in = resources.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The application is missing its sample data file " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sample data file " + resource, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
