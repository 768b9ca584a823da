package org.llm4rec.explorer.domain.grounding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.parse.ParseResult;
import org.llm4rec.explorer.domain.parse.ParseStatus;
import org.llm4rec.explorer.domain.parse.ParsedItem;

/** Explanations as models write them, checked against MovieLens- and goodbooks-shaped histories. */
class HistoryCitationsTest {
    // Titles and genres as ml-latest writes them: trailing articles, years, foreign titles, pipes.
    private static final Item TITANIC = movie("1721", "Titanic (1997)", "Drama|Romance");
    private static final Item SHAWSHANK = movie("318", "Shawshank Redemption, The (1994)", "Crime|Drama");
    private static final Item FELLOWSHIP = movie("4993", "Lord of the Rings: The Fellowship of the Ring, The (2001)",
            "Adventure|Fantasy");
    private static final Item CROUCHING_TIGER = movie("3996",
            "Crouching Tiger, Hidden Dragon (Wo hu cang long) (2000)", "Action|Drama|Romance");
    private static final Item TOY_STORY = movie("1", "Toy Story (1995)",
            "Adventure|Animation|Children|Comedy|Fantasy");
    private static final Item LION_KING = movie("364", "Lion King, The (1994)",
            "Adventure|Animation|Children|Drama|Musical|IMAX");
    private static final Item PRIDE = movie("38899", "Pride and Prejudice (2005)", "Drama|Romance");
    private static final Item HARRY_POTTER = movie("4896",
            "Harry Potter and the Sorcerer's Stone (a.k.a. Harry Potter and the Philosopher's Stone) (2001)",
            "Adventure|Children|Fantasy");
    private static final Item ALIEN = movie("1214", "Alien (1979)", "Horror|Sci-Fi");
    private static final Item MATRIX = movie("2571", "Matrix, The (1999)", "Action|Sci-Fi|Thriller");
    private static final Item AVATAR = movie("72998", "Avatar (2009)", "Action|Adventure|Sci-Fi|IMAX");

    private final InMemoryCatalogue books = InMemoryCatalogue.goodbooksSample();

    @Test
    void acceptsAnItemTheHistoryHoldsAndFlagsOneItDoesNot() {
        String explanation = "Because you loved Titanic, this sweeping romance should be an easy pick.";

        assertThat(new HistoryCitations(history(TITANIC, SHAWSHANK)).check(explanation, PRIDE))
                .extracting(Citation::text, Citation::kind, Citation::backing, Citation::fuzzy)
                .containsExactly(tuple("Titanic", CitationKind.ITEM, "Titanic (1997)", false));
        assertThat(new HistoryCitations(history(SHAWSHANK, TOY_STORY)).unsupported(explanation, PRIDE))
                .extracting(Citation::text, Citation::kind, Citation::supported)
                .containsExactly(tuple("Titanic", CitationKind.ITEM, false));
    }

    @Test
    void matchesTitlesWrittenDifferentlyFromTheCatalogue() {
        HistoryCitations check = new HistoryCitations(history(SHAWSHANK, FELLOWSHIP, HARRY_POTTER, MATRIX));

        assertThat(check.check("Since you rated The Shawshank Redemption 5 stars, another story of hope.", TITANIC))
                .extracting(Citation::backing, Citation::fuzzy)
                .containsExactly(tuple("Shawshank Redemption, The (1994)", false));
        assertThat(check.check("Because you enjoyed The Shawshank Redemtion, you'll like this.", TITANIC))
                .extracting(Citation::text, Citation::backing, Citation::fuzzy)
                .containsExactly(tuple("The Shawshank Redemtion", "Shawshank Redemption, The (1994)", true));
        assertThat(check.check("As a fan of The Lord of the Rings, you will enjoy another epic quest.", TITANIC))
                .extracting(Citation::backing, Citation::fuzzy)
                .containsExactly(tuple(FELLOWSHIP.title(), true));
        assertThat(check.check("You clearly love Harry Potter, and this has the same wonder.", TITANIC))
                .extracting(Citation::backing, Citation::fuzzy)
                .containsExactly(tuple(HARRY_POTTER.title(), true));
        assertThat(check.check("Since you watched **The Matrix (1999)**, more mind-bending action.", TITANIC))
                .extracting(Citation::backing).containsExactly(MATRIX.title());
    }

    @Test
    void splitsAListOfTitlesButKeepsTitlesThatContainCommasAndAnd() {
        HistoryCitations check = new HistoryCitations(history(TOY_STORY, LION_KING, PRIDE, CROUCHING_TIGER));

        assertThat(check.check("Since you loved Toy Story, Aladdin and The Lion King, this is another classic.",
                AVATAR))
                .extracting(Citation::text, Citation::supported)
                .containsExactly(tuple("Toy Story", true), tuple("Aladdin", false), tuple("The Lion King", true));
        assertThat(check.unsupported("You enjoyed Pride and Prejudice and Crouching Tiger, Hidden Dragon, so a"
                + " period romance with sword fights fits.", AVATAR)).isEmpty();
    }

    @Test
    void readsTheWaysRealAnswersCiteBooksAndTheirAuthors() {
        Item hobbit = books.item("7");
        Item fellowship = books.item("19");
        Item sorcerersStone = books.item("2");
        HistoryCitations tolkienReader = new HistoryCitations(history(hobbit, fellowship));

        assertThat(tolkienReader.unsupported("Since you rated \u201cThe Hobbit\u201d 5/5, a school of magic and a"
                + " found family should suit you.", sorcerersStone)).isEmpty();
        assertThat(tolkienReader.check("You have read The Hobbit and The Lord of the Rings, and this tells the deep"
                + " history behind them.", sorcerersStone))
                .extracting(Citation::backing)
                .containsExactly("The Hobbit", fellowship.title());
        assertThat(tolkienReader.check("As a fan of Tolkien's worldbuilding, you'll find this absorbing.",
                sorcerersStone))
                .extracting(Citation::kind, Citation::backing)
                .containsExactly(tuple(CitationKind.CREATOR, "J.R.R. Tolkien"));
        assertThat(tolkienReader.unsupported("Because you loved Stephen King's novels, this thriller fits.",
                sorcerersStone))
                .extracting(Citation::text, Citation::kind)
                .containsExactly(tuple("Stephen King", CitationKind.CREATOR));
    }

    @Test
    void leavesCreatorClaimsAloneWhenTheDatasetRecordsNoCreators() {
        HistoryCitations check = new HistoryCitations(history(TITANIC, AVATAR));

        assertThat(check.check("Since you loved Spielberg's films, this adventure is for you.", ALIEN)).isEmpty();
    }

    @Test
    void checksGenresAgainstTheGenresOfTheHistory() {
        Item horror = movie("1258", "Shining, The (1980)", "Horror");

        assertThat(new HistoryCitations(history(ALIEN, TITANIC)).check("Given your love of horror, a classic.",
                horror))
                .extracting(Citation::kind, Citation::backing)
                .containsExactly(tuple(CitationKind.GENRE, "horror"));
        assertThat(new HistoryCitations(history(TITANIC, PRIDE)).unsupported(
                "Since you enjoy horror movies, this one will keep you up.", horror))
                .extracting(Citation::text, Citation::kind)
                .containsExactly(tuple("horror", CitationKind.GENRE));
        assertThat(new HistoryCitations(history(TITANIC, PRIDE)).unsupported(
                "Since you loved Titanic, a sweeping drama about doomed love, this is a natural next watch.",
                movie("1", "Atonement (2007)", "Drama|Romance|War"))).isEmpty();
    }

    @Test
    void ignoresPraiseAboutTheFutureAndTheRecommendedItemItself() {
        HistoryCitations check = new HistoryCitations(history(TITANIC));

        assertThat(check.check("You'll love Avatar: fans of Titanic will enjoy its scale. You might like it.",
                AVATAR)).isEmpty();
        assertThat(check.check("Since you loved Titanic, Avatar is the obvious next step.", AVATAR))
                .extracting(Citation::text).containsExactly("Titanic");
    }

    @Test
    void countsAHeldOutTargetAsAbsentSinceTheUserWasNeverShownToHaveIt() {
        List<ProfileEntry> entries = new ArrayList<>(history(SHAWSHANK).entries());
        entries.add(new ProfileEntry(TITANIC, 5.0, true));
        Profile withTarget = new Profile("u1", "User 1", "ml-latest-small", "", entries, "");

        assertThat(new HistoryCitations(withTarget).unsupported("Because you loved Titanic, more romance.", PRIDE))
                .extracting(Citation::text).containsExactly("Titanic");
    }

    @Test
    void flagsTheRecommendationWhoseExplanationCitesAbsentHistory() {
        var grounder = new Grounder(books);
        var parsed = new ParseResult(
                ParseStatus.JSON, List.of(
                new ParsedItem(1, "The Silmarillion", "J.R.R. Tolkien",
                        "You have read The Hobbit and The Lord of the Rings, so this is the history behind them."),
                new ParsedItem(2, "Catching Fire", "Suzanne Collins",
                        "Because you loved Divergent, another dystopian series.")), "");

        List<Recommendation> list = grounder.ground(InMemoryCatalogue.DATASET, parsed,
                history(books.item("7"), books.item("19"), books.item("1")), List.of());

        assertThat(list.get(0).flags()).doesNotContain(Flag.CITES_ABSENT_HISTORY);
        assertThat(list.get(1).flags()).containsExactly(Flag.CITES_ABSENT_HISTORY);
    }

    private static Profile history(Item... items) {
        List<ProfileEntry> entries = new ArrayList<>();
        for (Item item : items) {
            entries.add(new ProfileEntry(item, 4.0, false));
        }
        return new Profile("u1", "User 1", "ml-latest-small", "", entries, "");
    }

    private static Item movie(String id, String title, String genres) {
        return new Item(id, title, "", null, genres, 0);
    }
}
