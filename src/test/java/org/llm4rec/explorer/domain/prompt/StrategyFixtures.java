package org.llm4rec.explorer.domain.prompt;

import java.util.List;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;

/** A fixed profile, candidate list and demonstration for prompt tests: real goodbooks-10k rows. */
final class StrategyFixtures {
    static final Dataset BOOKS = new Dataset("goodbooks-sample", "goodbooks-10k sample", "book", "v1", 50);
    static final Item HUNGER_GAMES = new Item("1", "The Hunger Games (The Hunger Games, #1)", "Suzanne Collins",
            2008, "", 4780653);
    static final Item HOBBIT = new Item("7", "The Hobbit", "J.R.R. Tolkien", 1937, "", 2071616);
    static final Item SORCERERS_STONE = new Item("2", "Harry Potter and the Sorcerer's Stone (Harry Potter, #1)",
            "J.K. Rowling, Mary GrandPré", 1997, "", 4602479);
    static final Item GATSBY = new Item("5", "The Great Gatsby", "F. Scott Fitzgerald", 1925, "", 2683664);
    static final Item CATCHING_FIRE = new Item("17", "Catching Fire (The Hunger Games, #2)", "Suzanne Collins",
            2009, "", 1831039);
    static final Item DIVERGENT = new Item("14", "Divergent (Divergent, #1)", "Veronica Roth", 2011, "", 1903563);
    static final Item MOCKINGBIRD = new Item("4", "To Kill a Mockingbird", "Harper Lee", 1960, "", 3198671);
    static final Item FAULT = new Item("6", "The Fault in Our Stars", "John Green", 2012, "", 2346404);

    /** Catching Fire, the held-out target, sits among the candidates as "random + target" would place it. */
    static final List<Item> CANDIDATES = List.of(DIVERGENT, CATCHING_FIRE, MOCKINGBIRD, FAULT);
    static final List<Item> CANDIDATES_WITHOUT_TARGET = List.of(DIVERGENT, MOCKINGBIRD, FAULT);

    private StrategyFixtures() {
    }

    static Profile profile() {
        return new Profile("p1", "Adventure reader", BOOKS.id(), "Likes quests", List.of(
                new ProfileEntry(HUNGER_GAMES, 5.0, false),
                new ProfileEntry(HOBBIT, 4.5, false),
                new ProfileEntry(SORCERERS_STONE, null, false),
                new ProfileEntry(GATSBY, 2.0, false),
                new ProfileEntry(CATCHING_FIRE, 5.0, true)), "I like quick plots and brave heroines.");
    }

    /** LLMRank's in-context demonstration from the profile's own history. */
    static List<Demonstration> ownDemonstration() {
        return List.of(new Demonstration("my own history", List.of(HUNGER_GAMES, HOBBIT, SORCERERS_STONE), GATSBY));
    }

    static StrategyInput input(List<Item> candidates) {
        return new StrategyInput(BOOKS, profile(), 3, candidates, ownDemonstration(), false);
    }
}
