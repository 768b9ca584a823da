package org.llm4rec.explorer.fake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Plausible answers for the demo profiles: real goodbooks-10k titles, written the loose way models write them
 * (no series notes, "and" for "&"), plus one invented title so that grounding has something to flag.
 */
public final class DemoAnswers {
    /** The invented title in the fantasy answer. */
    public static final String INVENTED_FANTASY = "The Lanterns of Vell Harrow";

    private static final List<String[]> FANTASY = List.of(
            book("The Way of Kings", "Brandon Sanderson",
                    "A vast epic from the author of The Final Empire, which you rated 5 stars."),
            book("The Blade Itself", "Joe Abercrombie",
                    "Gritty, funny epic fantasy for a reader who liked A Game of Thrones."),
            book("Gardens of the Moon", "Steven Erikson",
                    "A sprawling military epic with deep world building, like Tolkien's."),
            book("Uprooted", "Naomi Novik", "A fairy-tale fantasy told with the warmth of A Wizard of Earthsea."),
            book("Jonathan Strange and Mr. Norrell", "Susanna Clarke",
                    "Magic returns to England in a long, witty novel for a patient reader."),
            book("The Eye of the World", "Robert Jordan",
                    "A classic quest that echoes the journey of The Fellowship of the Ring."),
            book("American Gods", "Neil Gaiman", "Myth meets modern America, darker than your usual picks."),
            book("The Last Wish", "Andrzej Sapkowski",
                    "Short tales of a monster hunter with dark humour, like Locke Lamora's."),
            book("The Night Circus", "Erin Morgenstern",
                    "Lyrical magic and rivalry for a reader of The Name of the Wind."),
            book("The Lions of Al-Rassan", "Guy Gavriel Kay", "Historical fantasy with political depth."),
            book(INVENTED_FANTASY, "Mirela Aston", "A sweeping tale of lighthouse mages."));

    private static final List<String[]> GENERAL = List.of(
            book("Dune", "Frank Herbert", "Politics, ecology and prophecy on a desert planet."),
            book("Ender's Game", "Orson Scott Card", "A gifted child trained through war games."),
            book("The Left Hand of Darkness", "Ursula K. Le Guin", "An envoy on a world without fixed sexes."),
            book("Rebecca", "Daphne du Maurier", "A brooding gothic mystery with a famous first line."),
            book("The Girl with the Dragon Tattoo", "Stieg Larsson", "A dark, intricate Swedish thriller."),
            book("Hyperion", "Dan Simmons", "Pilgrims' tales told on the way to a mysterious Shrike."),
            book("The Martian", "Andy Weir", "Survival on Mars through science and humour."),
            book("Brave New World", "Aldous Huxley", "A comfortable dystopia that still unsettles."),
            book("Emma", "Jane Austen", "Austen's comedy of a matchmaker who misreads everyone."),
            book("Saltwater Cartography", "Oren Halvik", "Mapmakers race a rising sea."));

    private DemoAnswers() {
    }

    /** Ten real fantasy books, then one invented title; the first is the Fantasy reader's held-out target. */
    public static String fantasy() {
        return json(FANTASY);
    }

    /** An answer that suits the prompt: fantasy for a Tolkien reader, a general list otherwise. */
    public static String forPrompt(String prompt, boolean reversed) {
        Optional<String> shortAnswer = DemoQuestionAnswers.forPrompt(prompt);
        if (shortAnswer.isPresent()) {
            return shortAnswer.get();
        }
        List<String[]> books = new ArrayList<>(prompt.contains("The Hobbit") ? FANTASY : GENERAL);
        if (reversed) {
            // A second model that agrees on the items but not on their order makes rank shifts visible.
            Collections.reverse(books.subList(0, books.size() - 1));
        }
        return json(books);
    }

    private static String json(List<String[]> books) {
        return books.stream()
                .map(b -> "  {\"title\": \"" + b[0] + "\", \"author\": \"" + b[1] + "\", \"explanation\": \""
                        + b[2] + "\"}")
                .collect(Collectors.joining(",\n", "{\"recommendations\": [\n", "\n]}"));
    }

    private static String[] book(String title, String author, String explanation) {
        return new String[] {title, author, explanation};
    }
}
