package org.llm4rec.explorer.domain.grounding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.parse.ParseResult;
import org.llm4rec.explorer.domain.parse.ParseStatus;
import org.llm4rec.explorer.domain.parse.ParsedItem;
import org.llm4rec.explorer.domain.parse.ResponseParser;

class GrounderTest {
    private static final String DATASET = InMemoryCatalogue.DATASET;
    private static final String HUNGER_GAMES = "1";
    private static final String SORCERERS_STONE = "2";
    private static final String HOBBIT = "7";
    private static final String CATCHING_FIRE = "17";

    private final InMemoryCatalogue catalogue = InMemoryCatalogue.goodbooksSample();
    private final Grounder grounder = new Grounder(catalogue);
    private final Profile noHistory = new Profile("p", "Nobody yet", DATASET, "", List.of(), "");

    @ParameterizedTest(name = "{0} by ''{1}'' -> {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Harry Potter and the Sorcerer's Stone (Harry Potter, #1) | J.K. Rowling       | EXACT      | 2
            the great gatsby                                         |                    | EXACT      | 5
            The Hunger Games                                         | Suzanne Collins    | NORMALISED | 1
            Harry Potter and the Sorcerers Stone                     |                    | NORMALISED | 2
            HARRY POTTER AND THE SORCERER’S STONE!                   |                    | NORMALISED | 2
            Hobbit                                                   | Tolkien            | NORMALISED | 7
            Pride and Prejudice (1813)                               | Jane Austen        | NORMALISED | 10
            Angels and Demons                                        | Dan Brown          | NORMALISED | 9
            The Lion, The Witch & The Wardrobe                       | C.S. Lewis         | NORMALISED | 37
            Dune                                                     | Frank Herbert      | NORMALISED | 126
            """)
    void groundsTitlesWrittenAsTheCatalogueHasThemOrClose(String title, String author, GroundingMethod method,
                                                          String id) {
        Recommendation r = single(title, author == null ? "" : author);

        assertThat(r.grounding().method()).isEqualTo(method);
        assertThat(r.grounding().item().id()).isEqualTo(id);
        assertThat(r.grounding().confidence())
                .isEqualTo(method == GroundingMethod.EXACT ? 1.0 : CatalogueMatcher.NORMALISED_CONFIDENCE);
        assertThat(r.flags()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The Hunger Games, Book 1                                 | 1
            Catching Fire #2                                         | 17
            Mistborn: The Final Empire                               | 389
            The Fellowship of the Ring: Book One of The Lord of the Rings | 19
            The Girl with the Dragon Tattoo - Millennium Book 1      | 16
            """)
    void triesTheTitleWithoutSeriesNotesOrOnEitherSideOfAColon(String title, String id) {
        Recommendation r = single(title, "");

        assertThat(r.grounding().method()).isEqualTo(GroundingMethod.NORMALISED);
        assertThat(r.grounding().confidence()).isEqualTo(CatalogueMatcher.VARIANT_CONFIDENCE);
        assertThat(r.grounding().item().id()).isEqualTo(id);
    }

    @Test
    void groundsATypoByEditDistanceWithTheSimilarityAsConfidence() {
        Recommendation r = single("Lord of the Flys", "");

        assertThat(r.grounding().method()).isEqualTo(GroundingMethod.FUZZY);
        assertThat(r.grounding().item().id()).isEqualTo("28");
        assertThat(r.grounding().confidence()).isCloseTo(1 - 2.0 / 17, within(1e-9));
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void capsFuzzyConfidenceBelowNormalisedMatches() {
        Recommendation swapped = single("The Catcher in the Rey", "J.D. Salinger");

        assertThat(swapped.grounding().method()).isEqualTo(GroundingMethod.FUZZY);
        assertThat(swapped.grounding().item().id()).isEqualTo("8");
        assertThat(swapped.grounding().confidence()).isEqualTo(CatalogueMatcher.FUZZY_CAP);
    }

    @Test
    void aMatchingAuthorCarriesATitleThatIsOtherwiseTooFarOff() {
        // "fault in are stars" is 3 edits from "fault in our stars": 0.833 alone, 0.883 with the author.
        Recommendation withAuthor = single("The Fault in Are Stars", "John Green");
        Recommendation withoutAuthor = single("The Fault in Are Stars", "");

        assertThat(withAuthor.grounding().method()).isEqualTo(GroundingMethod.FUZZY);
        assertThat(withAuthor.grounding().item().id()).isEqualTo("6");
        assertThat(withAuthor.grounding().confidence())
                .isCloseTo(1 - 3.0 / 18 + CatalogueMatcher.CREATOR_BONUS, within(1e-9));
        assertThat(withoutAuthor.grounding().method()).isEqualTo(GroundingMethod.NONE);
    }

    @Test
    void findsABookWhoseSubtitleTheModelLeftOut() {
        Recommendation r = single("Sapiens", "Yuval Noah Harari");

        assertThat(r.grounding().method()).isEqualTo(GroundingMethod.FUZZY);
        assertThat(r.grounding().item().title()).isEqualTo("Sapiens: A Brief History of Humankind");
    }

    @Test
    void flagsAnInventedTitleAsNotInTheCatalogue() {
        Recommendation r = single("The Clockwork Librarian of Mars", "Edwina Marlowe");

        assertThat(r.grounding().grounded()).isFalse();
        assertThat(r.grounding().method()).isEqualTo(GroundingMethod.NONE);
        assertThat(r.flags()).containsExactly(Flag.NOT_IN_CATALOGUE);
        assertThat(r.hit()).isFalse();
    }

    @Test
    void aLooseResemblanceIsNotAMatch() {
        Recommendation r = single("Harry Potter and the Cursed Child", "J.K. Rowling");

        assertThat(r.grounding().grounded()).isFalse();
    }

    @Test
    void prefersTheBookByTheNamedAuthorWhenTitlesAreShared() {
        assertThat(single("The Stranger", "Harlan Coben").grounding().item().id()).isEqualTo("2401");
        assertThat(single("The Stranger", "Albert Camus").grounding().item().id()).isEqualTo("162");
        assertThat(single("One Flew Over the Cuckoo's Nest", "Dale Wasserman").grounding().item().id())
                .isEqualTo("9297");
    }

    @Test
    void withoutAnAuthorPrefersACandidateThenTheMostPopular() {
        assertThat(single("The Stranger", "").grounding().item().id()).isEqualTo("162");

        List<Recommendation> fromCandidates = grounder.ground(DATASET, parsed(item("The Stranger", "")), noHistory,
                List.of(catalogue.item("2401"), catalogue.item(HOBBIT)));
        assertThat(fromCandidates.get(0).grounding().item().id()).isEqualTo("2401");
    }

    @Test
    void flagsTheSecondMentionOfTheSameItemAsDuplicate() {
        List<Recommendation> list = grounder.ground(DATASET, parsed(
                item("The Hunger Games", "Suzanne Collins"),
                item("Divergent", "Veronica Roth"),
                item("The Hunger Games (The Hunger Games, #1)", "Suzanne Collins"),
                item("The Clockwork Librarian", ""),
                item("the clockwork librarian!", "")), noHistory, List.of());

        assertThat(list).extracting(r -> r.flags().contains(Flag.DUPLICATE))
                .containsExactly(false, false, true, false, true);
        assertThat(list.get(2).grounding().item().id()).isEqualTo(HUNGER_GAMES);
        assertThat(list.get(4).flags()).containsExactlyInAnyOrder(Flag.DUPLICATE, Flag.NOT_IN_CATALOGUE);
    }

    @Test
    void flagsItemsFromTheVisibleHistoryAndScoresHeldOutTargetsAsHits() {
        Profile profile = new Profile("p", "Fantasy reader", DATASET, "", List.of(
                new ProfileEntry(catalogue.item(HOBBIT), 5.0, false),
                new ProfileEntry(catalogue.item(HUNGER_GAMES), 4.0, false),
                new ProfileEntry(catalogue.item(CATCHING_FIRE), 5.0, true)), "");

        List<Recommendation> list = grounder.ground(DATASET, parsed(
                item("The Hobbit", "J.R.R. Tolkien"),
                item("Catching Fire", "Suzanne Collins"),
                item("Mockingjay", "Suzanne Collins")), profile, List.of());

        assertThat(list.get(0).flags()).containsExactly(Flag.ALREADY_SEEN);
        assertThat(list.get(0).hit()).isFalse();
        assertThat(list.get(1).flags()).isEmpty();
        assertThat(list.get(1).hit()).isTrue();
        assertThat(list.get(2).grounding().item().id()).isEqualTo("20");
        assertThat(list.get(2).hit()).isFalse();
    }

    @Test
    void flagsGroundedItemsOutsideANonEmptyCandidateSet() {
        List<Item> candidates = List.of(catalogue.item(HOBBIT), catalogue.item(SORCERERS_STONE));
        ParseResult answer = parsed(item("The Hobbit", ""), item("The Great Gatsby", ""), item("Made Up Book", ""));

        List<Recommendation> withCandidates = grounder.ground(DATASET, answer, noHistory, candidates);
        List<Recommendation> openGeneration = grounder.ground(DATASET, answer, noHistory, List.of());

        assertThat(withCandidates.get(0).flags()).isEmpty();
        assertThat(withCandidates.get(1).flags()).containsExactly(Flag.NOT_IN_CANDIDATES);
        assertThat(withCandidates.get(2).flags()).containsExactly(Flag.NOT_IN_CATALOGUE);
        assertThat(openGeneration.get(1).flags()).isEmpty();
    }

    @Test
    void keepsRankAndTheModelsOwnWords() {
        ParseResult answer = new ParseResult(ParseStatus.LIST, List.of(
                new ParsedItem(1, "the hobbit", "Tolkien", "Because you liked dragons."),
                new ParsedItem(2, "Gatsby!", "", "")), "");

        List<Recommendation> list = grounder.ground(DATASET, answer, noHistory, List.of());

        assertThat(list).extracting(Recommendation::rank).containsExactly(1, 2);
        assertThat(list.get(0).title()).isEqualTo("the hobbit");
        assertThat(list.get(0).creator()).isEqualTo("Tolkien");
        assertThat(list.get(0).explanation()).isEqualTo("Because you liked dragons.");
        assertThat(list.get(0).grounding().item().title()).isEqualTo("The Hobbit");
    }

    /**
     * MovieLens titles whose square brackets are part of the title, read from an answer the way a model writes
     * them: brackets kept, left out, or set as a link.
     */
    @Test
    void titlesThatHoldSquareBracketsInTheCatalogueAreFound() {
        Grounder films = new Grounder(new InMemoryCatalogue(List.of(
                new Item("rec", "[REC]", "Jaume Balagueró, Paco Plaza", 2007, "Horror|Thriller", 3),
                new Item("rec2", "[REC]²", "Jaume Balagueró, Paco Plaza", 2009, "Horror|Thriller", 2),
                new Item("rec4", "[REC] 4: Apocalipsis", "Jaume Balagueró", 2014, "Horror", 1),
                new Item("quarantine", "Quarantine", "John Erick Dowdle", 2008, "Horror|Thriller", 2))));
        ParseResult answer = new ResponseParser().parse("""
                If you liked the found-footage feel, try:

                1. [REC] (2007) - a TV crew trapped in a quarantined Barcelona building.
                2. [REC]² (2009) - picks up minutes after the first film ends.
                3. **[REC] 4: Apocalipsis** - the series ends on a ship at sea.
                4. [Quarantine](https://en.wikipedia.org/wiki/Quarantine_(2008_film)) (2008) - the American remake.
                5. REC 2 - if you want the sequel again.""");

        List<Recommendation> list = films.ground(DATASET, answer, noHistory, List.of());

        assertThat(list).extracting(r -> r.grounding().grounded() ? r.grounding().item().id() : "none")
                .containsExactly("rec", "rec2", "rec4", "quarantine", "rec2");
        assertThat(list.get(3).title()).isEqualTo("Quarantine");
        assertThat(list.subList(0, 4)).allSatisfy(r -> assertThat(r.flags()).isEmpty());
    }

    @Test
    void aFailedParseGivesAnEmptyList() {
        assertThat(grounder.ground(DATASET, ParseResult.failed("The answer was empty."), noHistory, List.of()))
                .isEmpty();
    }

    @Test
    void looksOnlyInTheGivenDataset() {
        List<Recommendation> list = grounder.ground("another-dataset", parsed(item("The Hobbit", "")), noHistory,
                List.of());

        assertThat(list.get(0).flags()).containsExactly(Flag.NOT_IN_CATALOGUE);
    }

    private Recommendation single(String title, String author) {
        return grounder.ground(DATASET, parsed(item(title, author)), noHistory, List.of()).get(0);
    }

    private static String[] item(String title, String author) {
        return new String[] {title, author};
    }

    private static ParseResult parsed(String[]... items) {
        List<ParsedItem> parsed = new ArrayList<>();
        for (String[] item : items) {
            parsed.add(new ParsedItem(parsed.size() + 1, item[0], item[1], ""));
        }
        return new ParseResult(ParseStatus.JSON, parsed, "");
    }
}
