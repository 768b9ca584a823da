package org.llm4rec.explorer.domain.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.parse.ParseStatus;
import org.llm4rec.explorer.domain.parse.ResponseParser;

class ZeroShotDirectStrategyTest {
    private static final Dataset BOOKS = new Dataset("goodbooks-sample", "goodbooks-10k sample", "book", "v1", 50);
    private static final Item HUNGER_GAMES = new Item("1", "The Hunger Games (The Hunger Games, #1)",
            "Suzanne Collins", 2008, "", 4780653);
    private static final Item HOBBIT = new Item("7", "The Hobbit", "J.R.R. Tolkien", 1937, "", 2071616);
    private static final Item SORCERERS_STONE = new Item("2",
            "Harry Potter and the Sorcerer's Stone (Harry Potter, #1)", "J.K. Rowling, Mary GrandPré", 1997, "",
            4602479);
    private static final Item GATSBY = new Item("5", "The Great Gatsby", "F. Scott Fitzgerald", 1925, "", 2683664);
    private static final Item CATCHING_FIRE = new Item("17", "Catching Fire (The Hunger Games, #2)",
            "Suzanne Collins", 2009, "", 1831039);

    private final ZeroShotDirectStrategy strategy = new ZeroShotDirectStrategy();

    @Test
    void rendersTheGoldenPromptForAFixedProfile() throws IOException {
        StrategyPrompt prompt = strategy.build(input(profile("I like quick plots and brave heroines."), 5),
                strategy.defaultTemplate());

        assertThat(prompt.prompt().text()).isEqualTo(resource("/golden/zero-shot-direct.txt").stripTrailing());
    }

    @Test
    void marksEachPartOfThePrompt() {
        RenderedPrompt prompt = strategy.build(input(profile("I like quick plots."), 3),
                strategy.defaultTemplate()).prompt();

        assertThat(segment(prompt, PromptPart.HISTORY)).isEqualTo("""
                1. The Hunger Games (The Hunger Games, #1) by Suzanne Collins (rated 5/5)
                2. The Hobbit by J.R.R. Tolkien (rated 4.5/5)
                3. Harry Potter and the Sorcerer's Stone (Harry Potter, #1) by J.K. Rowling, Mary GrandPré
                4. The Great Gatsby by F. Scott Fitzgerald (rated 2/5)""");
        assertThat(segment(prompt, PromptPart.PREFERENCES))
                .isEqualTo("What I look for, in my own words: I like quick plots.");
        assertThat(prompt.segments()).extracting(PromptSegment::part)
                .contains(PromptPart.INSTRUCTION, PromptPart.OUTPUT_FORMAT)
                .doesNotContain(PromptPart.CANDIDATES, PromptPart.DEMONSTRATIONS);
    }

    @Test
    void aHeldOutTargetNeverReachesThePrompt() {
        Profile profile = profile("I want the next book in a series I started.");
        assertThat(profile.targets()).containsExactly(CATCHING_FIRE);

        String text = strategy.build(input(profile, 10), strategy.defaultTemplate()).prompt().text();

        assertThat(text).doesNotContain(CATCHING_FIRE.title()).doesNotContainIgnoringCase("Catching Fire");
        assertThat(text).contains(HUNGER_GAMES.title());
    }

    @Test
    void anEditedTemplateCannotReachAHeldOutTargetEither() {
        PromptTemplate everything = new PromptTemplate("custom", 2,
                "{{history}}\n{{candidates}}\n{{preferences}}\n{{count}} {{item_kind}} {{item_kind_plural}}");

        String text = strategy.build(input(profile(""), 3), everything).prompt().text();

        assertThat(text).doesNotContainIgnoringCase("Catching Fire");
    }

    @Test
    void withoutPreferencesNoEmptyParagraphIsLeft() {
        RenderedPrompt prompt = strategy.build(input(profile("  "), 5), strategy.defaultTemplate()).prompt();

        assertThat(prompt.segments()).extracting(PromptSegment::part).doesNotContain(PromptPart.PREFERENCES);
        assertThat(prompt.text()).doesNotContain("\n\n\n").doesNotContain("in my own words");
    }

    @Test
    void asksForTheCountAndTheDatasetsKindOfItem() {
        Dataset movies = new Dataset("ml", "MovieLens", "Movie", "v1", 10);
        StrategyInput input = new StrategyInput(movies, profile(""), 7, List.of());

        String text = strategy.build(input, strategy.defaultTemplate()).prompt().text();

        assertThat(text).contains("Recommend the 7 movies I am most likely to enjoy next.")
                .contains("Give exactly 7 recommendations").contains("any movie that is already in my history")
                .doesNotContain("book");
    }

    @Test
    void anEmptyHistoryIsSaidSo() {
        Profile empty = new Profile("p0", "New", BOOKS.id(), "", List.of(), "");

        String text = strategy.build(input(empty, 5), strategy.defaultTemplate()).prompt().text();

        assertThat(text).contains("from the oldest to the most recent:\n(nothing yet)\n");
    }

    @Test
    void anEditedTemplateCanShowCandidates() {
        PromptTemplate ranking = new PromptTemplate("custom", 2, "Rank these:\n{{candidates}}");
        StrategyInput input = new StrategyInput(BOOKS, profile(""), 2, List.of(GATSBY, HOBBIT));

        RenderedPrompt prompt = strategy.build(input, ranking).prompt();

        assertThat(segment(prompt, PromptPart.CANDIDATES))
                .isEqualTo("1. The Great Gatsby by F. Scott Fitzgerald\n2. The Hobbit by J.R.R. Tolkien");
    }

    @Test
    void refusesToAskForNothing() {
        assertThatThrownBy(() -> strategy.build(input(profile(""), 0), strategy.defaultTemplate()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("At least one");
    }

    @Test
    void theSchemaRequiresAListOfTitledExplainedItems() throws IOException {
        String schema = strategy.build(input(profile(""), 5), strategy.defaultTemplate()).jsonSchema();
        JsonNode root = new ObjectMapper().readTree(schema);

        assertThat(root.path("type").asText()).isEqualTo("object");
        assertThat(root.path("required")).extracting(JsonNode::asText).containsExactly("recommendations");
        JsonNode list = root.path("properties").path("recommendations");
        assertThat(list.path("type").asText()).isEqualTo("array");
        JsonNode item = list.path("items");
        assertThat(item.path("required")).extracting(JsonNode::asText)
                .containsExactly("title", "author", "explanation");
        for (String field : List.of("title", "author", "explanation")) {
            assertThat(item.path("properties").path(field).path("type").asText()).isEqualTo("string");
        }
    }

    @Test
    void theExampleShapeInThePromptIsWhatTheParserReadsAsJson() {
        String text = strategy.build(input(profile(""), 5), strategy.defaultTemplate()).prompt().text();
        String example = text.lines().filter(l -> l.startsWith("{\"recommendations\"")).findFirst().orElseThrow();

        assertThat(new ResponseParser().parse(example).status()).isEqualTo(ParseStatus.JSON);
    }

    @Test
    void describesItselfAndCitesItsSources() {
        assertThat(strategy.id()).isEqualTo("zero-shot-direct");
        assertThat(strategy.name()).isEqualTo("Zero-shot direct recommendation");
        assertThat(strategy.about()).contains("Liu et al. (2023)").contains("Is ChatGPT a Good Recommender?")
                .contains("Wu et al. (2023)").contains("non-tuning");
        assertThat(strategy.defaultTemplate().id()).isEqualTo(strategy.id());
        assertThat(strategy.defaultTemplate().version()).isEqualTo(1);
    }

    @Test
    void isListedAmongTheBuiltInStrategies() {
        assertThat(Strategies.byId("zero-shot-direct")).get().isInstanceOf(ZeroShotDirectStrategy.class);
        assertThat(Strategies.byId("no-such-strategy")).isEmpty();
        assertThat(Strategies.all()).extracting(PromptStrategy::id).doesNotHaveDuplicates()
                .contains("zero-shot-direct");
    }

    private static Profile profile(String preferences) {
        return new Profile("p1", "Adventure reader", BOOKS.id(), "Likes quests", List.of(
                new ProfileEntry(HUNGER_GAMES, 5.0, false),
                new ProfileEntry(HOBBIT, 4.5, false),
                new ProfileEntry(SORCERERS_STONE, null, false),
                new ProfileEntry(GATSBY, 2.0, false),
                new ProfileEntry(CATCHING_FIRE, 5.0, true)), preferences);
    }

    private static StrategyInput input(Profile profile, int count) {
        return new StrategyInput(BOOKS, profile, count, List.of());
    }

    private static String segment(RenderedPrompt prompt, PromptPart part) {
        return prompt.segments().stream().filter(s -> s.part() == part).map(PromptSegment::text)
                .reduce("", String::concat);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ZeroShotDirectStrategyTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
