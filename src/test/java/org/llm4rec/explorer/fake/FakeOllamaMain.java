package org.llm4rec.explorer.fake;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a fake Ollama on a fixed port so that the app can be demonstrated and screenshotted without a real model.
 * Each model answers the demo profiles with book recommendations in the app's JSON format ({@link DemoAnswers}),
 * real goodbooks-10k titles plus one invented title so that grounding has something to flag; qwen3:4b orders
 * them differently and thinks first; nomic-embed-text embeds texts as hashed bags of words. It runs until stopped.
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
                .replies("llama3.2:3b", prompt -> DemoAnswers.forPrompt(prompt, false))
                .chunkDelay("llama3.2:3b", CHUNK_DELAY)
                .replies("qwen3:4b", prompt -> DemoAnswers.forPrompt(prompt, true))
                .thinking("qwen3:4b", "The reader likes long series with deep world building. I should mix "
                        + "well-known epics with a few quieter books and explain each choice briefly.")
                .chunkDelay("qwen3:4b", CHUNK_DELAY)
                // An embedding model for the discriminative strategies; a little time per text shows progress.
                .model("nomic-embed-text:latest")
                .chunkDelay("nomic-embed-text:latest", Duration.ofMillis(3))
                // A model to pull from the Models window; any other name is unknown to the fake's library.
                .pullable("mistral:7b", 4_113_301_824L, 11_357L, 487L)
                .pullStepDelay(Duration.ofMillis(700));
        System.out.println("Fake Ollama listening on " + fake.baseUrl() + " with llama3.2:3b, qwen3:4b and"
                + " nomic-embed-text; "
                + "mistral:7b can be pulled");
        Runtime.getRuntime().addShutdownHook(new Thread(fake::close));
        new CountDownLatch(1).await();
    }
}
