package org.llm4rec.explorer.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import static org.llm4rec.explorer.fake.Exchanges.JSON;

/**
 * Runs a fake Ollama on a fixed port so that the app can be demonstrated and screenshotted without a real model.
 * Each model answers with ten book recommendations in the app's JSON format: nine real goodbooks-10k titles and
 * one invented title, so that grounding has something to flag; qwen3:4b also thinks first. It runs until stopped.
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/test-cp.txt) org.llm4rec.explorer.fake.FakeOllamaMain [port]
 * </pre>
 * The port defaults to 11434, Ollama's own, so the app finds the fake without any setting.
 */
public final class FakeOllamaMain {
    private static final Duration CHUNK_DELAY = Duration.ofMillis(25);

    private FakeOllamaMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 11434;
        FakeOllama fake = FakeOllama.start(port)
                .reply("llama3.2:3b", recommendations(
                        book("Dune", "Frank Herbert", "Politics, ecology and prophecy on a desert planet."),
                        book("Ender's Game", "Orson Scott Card", "A gifted child trained through war games."),
                        book("The Left Hand of Darkness", "Ursula K. Le Guin", "An envoy on a world without fixed sexes."),
                        book("Foundation", "Isaac Asimov", "Mathematics that predicts the fall of an empire."),
                        book("Neuromancer", "William Gibson", "The novel that defined cyberpunk."),
                        book("Hyperion", "Dan Simmons", "Pilgrims' tales told on the way to a mysterious Shrike."),
                        book("The Martian", "Andy Weir", "Survival on Mars through science and humour."),
                        book("Brave New World", "Aldous Huxley", "A comfortable dystopia that still unsettles."),
                        book("Slaughterhouse-Five", "Kurt Vonnegut Jr.", "War and time travel, darkly funny."),
                        book("The Lanterns of Vael", "Ines Marrow", "A lighthouse keeper charts a drowned city.")))
                .chunkDelay("llama3.2:3b", CHUNK_DELAY)
                .reply("qwen3:4b", recommendations(
                        book("The Hitchhiker's Guide to the Galaxy", "Douglas Adams", "Absurd, clever space comedy."),
                        book("Station Eleven", "Emily St. John Mandel", "Art and memory after a pandemic."),
                        book("Never Let Me Go", "Kazuo Ishiguro", "A quiet story about what makes us human."),
                        book("The Handmaid's Tale", "Margaret Atwood", "A theocracy seen from the inside."),
                        book("Cloud Atlas", "David Mitchell", "Six nested stories across centuries."),
                        book("The Road", "Cormac McCarthy", "A father and son in a burned world."),
                        book("Fahrenheit 451", "Ray Bradbury", "A fireman who starts reading the books he burns."),
                        book("Dune", "Frank Herbert", "Epic world-building for readers of big sagas."),
                        book("Hyperion", "Dan Simmons", "Literary science fiction told in linked tales."),
                        book("Saltwater Cartography", "Oren Halvik", "Mapmakers race a rising sea.")))
                .thinking("qwen3:4b", "The user liked science fiction with big ideas. I should mix classics with "
                        + "recent literary novels and explain each choice briefly.")
                .chunkDelay("qwen3:4b", CHUNK_DELAY);
        System.out.println("Fake Ollama listening on " + fake.baseUrl() + " with llama3.2:3b and qwen3:4b");
        Runtime.getRuntime().addShutdownHook(new Thread(fake::close));
        new CountDownLatch(1).await();
    }

    private static String recommendations(ObjectNode... books) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode list = answer.putArray("recommendations");
        for (ObjectNode book : books) {
            list.add(book);
        }
        return answer.toPrettyString();
    }

    private static ObjectNode book(String title, String author, String explanation) {
        return JSON.createObjectNode().put("title", title).put("author", author).put("explanation", explanation);
    }
}
