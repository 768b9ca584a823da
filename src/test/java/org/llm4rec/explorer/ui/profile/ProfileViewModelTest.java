package org.llm4rec.explorer.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.Reaction;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteCatalogueRepository;
import org.llm4rec.explorer.store.SqliteDatasetUsers;
import org.llm4rec.explorer.store.SqliteProfileRepository;
import org.llm4rec.explorer.ui.SameThreadBackground;

/** Every edit and keeping operation of the Profile step, over a real SQLite file, without a toolkit. */
class ProfileViewModelTest {
    private static final Dataset BOOKS = new Dataset("books", "Books", "book", "v1", 5);
    private static final Item HOBBIT = new Item("7", "The Hobbit", "J.R.R. Tolkien", 1937, "", 100);
    private static final Item DUNE = new Item("8", "Dune", "Frank Herbert", 1965, "", 90);
    private static final Item EMMA = new Item("9", "Emma", "Jane Austen", 1815, "", 80);
    private static final Item ODYSSEY = new Item("10", "The Odyssey", "Homer", null, "", 70);
    private static final Item BELOVED = new Item("11", "Beloved", "Toni Morrison", 1987, "", 60);

    @TempDir
    Path dir;
    private Database db;
    private SqliteProfileRepository profiles;
    private Background background;
    private ProfileViewModel model;
    private ProfileDraft draft;
    private final SimpleObjectProperty<Dataset> dataset = new SimpleObjectProperty<>();
    private final List<String> askedAbout = new ArrayList<>();
    private ProfileViewModel.LeaveChoice answer = ProfileViewModel.LeaveChoice.CANCEL;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("store.db"));
        var catalogue = new SqliteCatalogueRepository(db);
        catalogue.saveDataset(BOOKS, List.of(HOBBIT, DUNE, EMMA, ODYSSEY, BELOVED));
        profiles = new SqliteProfileRepository(db);
        background = SameThreadBackground.create();
        AtomicInteger ids = new AtomicInteger();
        model = new ProfileViewModel(profiles, catalogue, new SqliteDatasetUsers(db), background, dataset,
                () -> "id-" + ids.incrementAndGet());
        model.setUnsavedChangesHandler(name -> {
            askedAbout.add(name);
            return answer;
        });
        draft = model.draft();
        dataset.set(BOOKS);
    }

    @AfterEach
    void close() {
        background.close();
        db.close();
    }

    @Test
    void anEmptyDatasetStartsAnEmptyProfileThatCannotRunAndSaysWhy() {
        assertThat(model.available()).isEmpty();
        assertThat(model.history()).isEmpty();
        assertThat(model.runBlockerProperty().get()).contains("empty").contains("add at least one item");
        assertThat(draft.dirtyProperty().get()).isFalse();
    }

    @Test
    void searchAsYouTypeSuggestsCatalogueItemsAndAddingOneClearsTheSearch() {
        model.queryProperty().set("hobb");
        assertThat(model.suggestions()).first().isEqualTo(HOBBIT);

        assertThat(model.addItem(model.suggestions().get(0))).isTrue();
        assertThat(model.queryProperty().get()).isEmpty();
        assertThat(model.suggestions()).isEmpty();
        assertThat(model.history()).extracting(ProfileEntry::item).containsExactly(HOBBIT);
    }

    @Test
    void aDuplicateItemIsRefusedWithANote() {
        model.addItem(HOBBIT);
        model.addItem(DUNE);

        assertThat(model.addItem(HOBBIT)).isFalse();
        assertThat(model.history()).extracting(ProfileEntry::item).containsExactly(HOBBIT, DUNE);
        assertThat(draft.noteProperty().get()).contains("The Hobbit").contains("already in the history (item 1)");
    }

    @Test
    void theLastItemIsHeldOutByDefaultAndTheCountCanChange() {
        addAll(HOBBIT, DUNE, EMMA);
        assertThat(heldOut()).containsExactly(false, false, true);
        assertThat(model.profileProperty().get().targets()).containsExactly(EMMA);

        draft.heldOutProperty().set(2);
        assertThat(heldOut()).containsExactly(false, true, true);
        draft.heldOutProperty().set(0);
        assertThat(heldOut()).containsExactly(false, false, false);
        assertThat(model.summaryProperty().get()).contains("nothing held out");
        draft.heldOutProperty().set(3);
        assertThat(model.runBlockerProperty().get()).contains("Every item is held out");
    }

    @Test
    void ratingsAreHalfStarsAndZeroClearsThem() {
        addAll(HOBBIT);
        draft.rate(0, 3.7);
        assertThat(model.history().get(0).rating()).isEqualTo(3.5);
        draft.rate(0, 4.8);
        assertThat(model.history().get(0).rating()).isEqualTo(5.0);
        draft.rate(0, 0.0);
        assertThat(model.history().get(0).rating()).isNull();
    }

    @Test
    void likeAndDislikeToggle() {
        addAll(HOBBIT);
        draft.react(0, Reaction.LIKED);
        assertThat(model.history().get(0).reaction()).isEqualTo(Reaction.LIKED);
        draft.react(0, Reaction.DISLIKED);
        assertThat(model.history().get(0).reaction()).isEqualTo(Reaction.DISLIKED);
        draft.react(0, Reaction.DISLIKED);
        assertThat(model.history().get(0).reaction()).isEqualTo(Reaction.NONE);
    }

    @Test
    void reorderingMovesItemsAndTheHeldOutMarkStaysOnTheLast() {
        addAll(HOBBIT, DUNE, EMMA);
        draft.move(2, 0);
        assertThat(model.history()).extracting(ProfileEntry::item).containsExactly(EMMA, HOBBIT, DUNE);
        assertThat(model.profileProperty().get().targets()).containsExactly(DUNE);
        draft.move(0, 1);
        assertThat(model.history()).extracting(ProfileEntry::item).containsExactly(HOBBIT, EMMA, DUNE);
        draft.move(0, 7);
        assertThat(model.history()).extracting(ProfileEntry::item).containsExactly(HOBBIT, EMMA, DUNE);
    }

    @Test
    void removingAnItemKeepsTheRestInOrder() {
        addAll(HOBBIT, DUNE, EMMA);
        draft.remove(1);
        assertThat(model.history()).extracting(ProfileEntry::item).containsExactly(HOBBIT, EMMA);
        assertThat(draft.noteProperty().get()).contains("Removed \"Dune\"");
    }

    @Test
    void preferencesAndAttributesArePartOfTheProfile() {
        addAll(HOBBIT);
        draft.preferencesProperty().set("slow-burn science fiction, nothing too violent");
        draft.ageGroupProperty().set("25-34");
        draft.occupationProperty().set("teacher");
        draft.countryProperty().set("Norway");

        Profile profile = model.profileProperty().get();
        assertThat(profile.preferences()).isEqualTo("slow-burn science fiction, nothing too violent");
        assertThat(profile.attributes().ageGroup()).isEqualTo("25-34");
        assertThat(profile.attributes().occupation()).isEqualTo("teacher");
        assertThat(profile.attributes().country()).isEqualTo("Norway");
    }

    @Test
    void aLongHistoryIsCutToTheLastKVisibleItemsAndSaysWhich() {
        addAll(HOBBIT, DUNE, EMMA, ODYSSEY, BELOVED);
        assertThat(draft.cutWarningProperty().get()).isEmpty();

        draft.historyLimitProperty().set(2);
        assertThat(draft.cutWarningProperty().get()).contains("last 2 of 4").contains("first 2");
        assertThat(List.of(0, 1, 2, 3, 4)).map(draft::cutFromPrompt).containsExactly(true, true, false, false,
                false);
        Profile prompted = model.promptProfileProperty().get();
        assertThat(prompted.promptHistory()).extracting(ProfileEntry::item).containsExactly(EMMA, ODYSSEY);
        // The cut items leave the prompt, not the history: they still count as seen.
        assertThat(prompted.visibleHistory()).extracting(ProfileEntry::item)
                .containsExactly(HOBBIT, DUNE, EMMA, ODYSSEY);
        assertThat(prompted.targets()).containsExactly(BELOVED);
    }

    @Test
    void whatWasSaidAboutOneDatasetsProfileGoesWhenAnotherDatasetIsChosen() {
        addAll(HOBBIT, DUNE);
        draft.nameProperty().set("User 424");
        model.save();
        assertThat(model.messageProperty().get()).isEqualTo("Saved \"User 424\".");

        Dataset movies = new Dataset("movies", "Movies", "movie", "v1", 0);
        new SqliteCatalogueRepository(db).saveDataset(movies, List.of(new Item("m1", "Heat", "", 1995, "", 1)));
        dataset.set(movies);

        assertThat(model.messageProperty().get()).doesNotContain("User 424");
    }

    @Test
    void savedProfilesComeBackIntactAndUnsavedEditsShowAsDirty() {
        addAll(HOBBIT, DUNE);
        draft.rate(0, 4.5);
        draft.react(1, Reaction.LIKED);
        draft.nameProperty().set("Mixed reader");
        assertThat(draft.dirtyProperty().get()).isTrue();

        model.save();

        assertThat(draft.dirtyProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).contains("Saved \"Mixed reader\"");
        assertThat(model.selectedProperty().get().name()).isEqualTo("Mixed reader");
        assertThat(profiles.find(draft.id())).contains(model.profileProperty().get());
    }

    @Test
    void savingNeedsAFreeName() {
        addAll(HOBBIT);
        draft.nameProperty().set("Reader");
        model.save();
        model.newProfile();
        addAll(DUNE);
        draft.nameProperty().set("  reader ");
        model.save();
        assertThat(model.messageProperty().get()).contains("already called \"reader\"");
        draft.nameProperty().set(" ");
        model.save();
        assertThat(model.messageProperty().get()).contains("Give the profile a name");
        assertThat(profiles.list("books")).hasSize(1);
    }

    @Test
    void renameDuplicateAndDelete() {
        addAll(HOBBIT, DUNE);
        draft.nameProperty().set("Reader");
        model.save();
        String original = draft.id();

        model.rename("Tolkien fan");
        assertThat(profiles.find(original).orElseThrow().name()).isEqualTo("Tolkien fan");

        model.duplicate();
        assertThat(draft.id()).isNotEqualTo(original);
        assertThat(draft.nameProperty().get()).isEqualTo("Tolkien fan (copy)");
        assertThat(model.available()).extracting(Profile::name).containsExactly("Tolkien fan", "Tolkien fan (copy)");
        assertThat(profiles.find(draft.id()).orElseThrow().entries())
                .isEqualTo(profiles.find(original).orElseThrow().entries());

        String copy = draft.id();
        model.delete();
        assertThat(profiles.find(copy)).isEmpty();
        assertThat(model.available()).extracting(Profile::name).containsExactly("Tolkien fan");
        assertThat(draft.id()).isEqualTo(original);
    }

    @Test
    void switchingAwayFromUnsavedEditsAsksAndCancelKeepsThem() {
        Profile other = savedProfile("other", "Other", HOBBIT);
        addAll(DUNE, EMMA);
        draft.nameProperty().set("Draft");

        answer = ProfileViewModel.LeaveChoice.CANCEL;
        model.selectedProperty().set(other);
        assertThat(askedAbout).containsExactly("Draft");
        assertThat(model.history()).extracting(ProfileEntry::item).containsExactly(DUNE, EMMA);
        assertThat(model.selectedProperty().get()).isNull();

        answer = ProfileViewModel.LeaveChoice.DISCARD;
        model.selectedProperty().set(other);
        assertThat(model.history()).extracting(ProfileEntry::item).containsExactly(HOBBIT);
    }

    @Test
    void choosingSaveStoresTheEditsBeforeSwitching() {
        Profile other = savedProfile("other", "Other", HOBBIT);
        addAll(DUNE, EMMA);
        draft.nameProperty().set("Draft");
        String draftId = draft.id();

        answer = ProfileViewModel.LeaveChoice.SAVE;
        model.newProfile();

        assertThat(profiles.find(draftId).orElseThrow().entries()).extracting(ProfileEntry::item)
                .containsExactly(DUNE, EMMA);
        assertThat(model.history()).isEmpty();
        assertThat(other.id()).isNotEqualTo(draftId);
    }

    @Test
    void exportThenImportGivesTheSameProfileUnderANewIdAndReportsUnknownItems() throws Exception {
        addAll(HOBBIT, DUNE, EMMA);
        draft.rate(0, 4.5);
        draft.react(1, Reaction.DISLIKED);
        draft.preferencesProperty().set("maps");
        draft.countryProperty().set("Norway");
        draft.nameProperty().set("Exported");
        model.save();
        Profile exported = model.profileProperty().get();
        Path file = dir.resolve("exported.json");
        model.exportTo(file);
        assertThat(model.messageProperty().get()).contains("Exported \"Exported\"");

        model.importFrom(file);
        Profile imported = model.profileProperty().get();
        assertThat(imported.id()).isNotEqualTo(exported.id());
        assertThat(imported.entries()).isEqualTo(exported.entries());
        assertThat(imported.preferences()).isEqualTo("maps");
        assertThat(imported.attributes()).isEqualTo(exported.attributes());
        assertThat(draft.dirtyProperty().get()).as("an import is not saved until the user saves it").isTrue();

        Files.writeString(file, Files.readString(file).replace("\"item_id\" : \"8\"", "\"item_id\" : \"999\""));
        answer = ProfileViewModel.LeaveChoice.DISCARD;
        model.importFrom(file);
        assertThat(model.history()).extracting(ProfileEntry::item).containsExactly(HOBBIT, EMMA);
        assertThat(model.messageProperty().get()).contains("1 item(s)").contains("entry 2: item 999 (Dune)")
                .contains("were not added");
    }

    @Test
    void aBrokenImportFileSaysWhereAndChangesNothing() throws Exception {
        addAll(HOBBIT);
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"format\": \"llm4rec-profile\",\n  \"history\": [ {\"item_id\": }\n]}");

        model.importFrom(file);

        assertThat(model.messageProperty().get()).contains("broken.json").contains("line 3");
        assertThat(model.history()).extracting(ProfileEntry::item).containsExactly(HOBBIT);
    }

    private Profile savedProfile(String id, String name, Item... items) {
        Profile profile = new Profile(id, name, "books", "", java.util.Arrays.stream(items)
                .map(i -> new ProfileEntry(i, 4.0, false)).toList(), "");
        profiles.save(profile);
        model.available().setAll(profiles.list("books"));
        return profile;
    }

    private void addAll(Item... items) {
        for (Item item : items) {
            assertThat(model.addItem(item)).isTrue();
        }
    }

    private List<Boolean> heldOut() {
        return model.history().stream().map(ProfileEntry::heldOut).toList();
    }
}
