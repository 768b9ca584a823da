package org.llm4rec.explorer.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.llm4rec.explorer.app.port.EndpointSetting;
import org.llm4rec.explorer.app.port.ServerSettings;
import org.llm4rec.explorer.app.port.ResponseCache;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmRequest;
import org.llm4rec.explorer.domain.llm.LlmResult;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.llm.OllamaServers;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteResponseCache;

/** The response cache over a real SQLite file and a fake server: what reaches the wire decides hit or miss. */
class CachingLlmClientTest {
    private static final String MODEL = "llama3.2:3b";
    private static final String DIGEST = "a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72";

    @TempDir
    Path dir;
    private FakeOllama fake;
    private Database db;
    private SqliteResponseCache cache;
    private CachingLlmClient client;

    @BeforeEach
    void start() {
        fake = FakeOllama.start().reply(MODEL, "The Hobbit, because you like quests.")
                .thinking(MODEL, "They liked Tolkien.");
        db = Database.open(dir.resolve("cache.db"));
        cache = new SqliteResponseCache(db);
        client = new CachingLlmClient(new OllamaServers().client(new EndpointSetting(fake.baseUrl(), 1),
                ServerSettings.defaultsFor(fake.baseUrl())), cache);
    }

    @AfterEach
    void stop() {
        db.close();
        fake.close();
    }

    @Test
    void theSameRequestAgainIsAnsweredFromTheCacheWithoutAskingTheServer() throws LlmException {
        LlmResult first = generate(request(42, 0, false), new StringBuilder());
        StringBuilder streamed = new StringBuilder();

        LlmResult second = generate(request(42, 0, false), streamed);

        assertThat(fake.requests("/api/chat")).hasSize(1);
        assertThat(first.metrics().cached()).isFalse();
        assertThat(second.metrics().cached()).isTrue();
        assertThat(second.text()).isEqualTo(first.text());
        assertThat(second.thinking()).isEqualTo("They liked Tolkien.");
        assertThat(streamed).hasToString(first.text());
        assertThat(second.metrics().outputTokens()).isEqualTo(first.metrics().outputTokens());
        assertThat(second.metrics().servedBy()).isEqualTo(fake.baseUrl());
    }

    @Test
    void bypassingReallyAsksTheServerAndKeepsTheNewAnswer() throws LlmException {
        generate(request(42, 0, false), new StringBuilder());
        fake.reply(MODEL, "Dune, for its politics.");

        LlmResult bypassed = generate(request(42, 0, true), new StringBuilder());
        LlmResult afterwards = generate(request(42, 0, false), new StringBuilder());

        assertThat(fake.requests("/api/chat")).hasSize(2);
        assertThat(fake.requests("/api/chat").get(1).json().path("messages").get(0).path("content").asText())
                .isEqualTo("Recommend a book");
        assertThat(bypassed.metrics().cached()).isFalse();
        assertThat(bypassed.text()).isEqualTo("Dune, for its politics.");
        assertThat(afterwards.text()).isEqualTo("Dune, for its politics.");
        assertThat(afterwards.metrics().cached()).isTrue();
    }

    @Test
    void anotherSeedRepeatOrDigestIsAnotherAnswer() throws LlmException {
        generate(request(42, 0, false), new StringBuilder());
        generate(request(7, 0, false), new StringBuilder());
        generate(request(42, 1, false), new StringBuilder());
        generate(new LlmRequest(MODEL, "Recommend a book", GenerationOptions.defaults(), null, "other", 0, false),
                LlmListener.NONE);

        assertThat(fake.requests("/api/chat")).hasSize(4);
        assertThat(cache.size().entries()).isEqualTo(4);
    }

    @Test
    void aRequestWithoutADigestIsNeverCached() throws LlmException {
        LlmRequest noDigest = new LlmRequest(MODEL, "Recommend a book", GenerationOptions.defaults(), null);
        generate(noDigest, LlmListener.NONE);
        generate(noDigest, LlmListener.NONE);

        assertThat(fake.requests("/api/chat")).hasSize(2);
        assertThat(cache.size().entries()).isZero();
    }

    @Test
    void failuresAreNotKept() {
        fake.fault(MODEL, FakeOllama.Fault.SERVER_ERROR_500);
        try {
            generate(request(42, 0, false), new StringBuilder());
        } catch (LlmException expected) {
            // The failure itself is covered elsewhere.
        }
        assertThat(cache.size().entries()).isZero();
    }

    @Test
    void theCacheShowsItsSizeAndCanBeCleared() throws LlmException {
        generate(request(42, 0, false), new StringBuilder());
        generate(request(43, 0, false), new StringBuilder());
        ResponseCache.Size size = cache.size();
        assertThat(size.entries()).isEqualTo(2);
        assertThat(size.bytes()).isEqualTo(2L * ("The Hobbit, because you like quests.".length()
                + "They liked Tolkien.".length()));

        cache.clear();
        generate(request(42, 0, false), new StringBuilder());

        assertThat(fake.requests("/api/chat")).hasSize(3);
        assertThat(cache.size().entries()).isEqualTo(1);
    }

    @Test
    void keptAnswersOutliveTheApp() throws LlmException {
        generate(request(42, 0, false), new StringBuilder());
        db.close();
        db = Database.open(dir.resolve("cache.db"));
        client = new CachingLlmClient(new OllamaServers().client(new EndpointSetting(fake.baseUrl(), 1),
                ServerSettings.defaultsFor(fake.baseUrl())), new SqliteResponseCache(db));

        LlmResult again = generate(request(42, 0, false), new StringBuilder());

        assertThat(again.metrics().cached()).isTrue();
        assertThat(fake.requests("/api/chat")).hasSize(1);
    }

    private static LlmRequest request(int seed, int repeat, boolean bypass) {
        GenerationOptions d = GenerationOptions.defaults();
        GenerationOptions options = new GenerationOptions(d.temperature(), d.topP(), d.topK(), seed, d.numCtx(),
                d.numPredict(), d.repeatPenalty(), List.of(), null, d.keepAlive());
        return new LlmRequest(MODEL, "Recommend a book", options, null, DIGEST, repeat, bypass);
    }

    private LlmResult generate(LlmRequest request, StringBuilder streamed) throws LlmException {
        return generate(request, streamed::append);
    }

    private LlmResult generate(LlmRequest request, LlmListener listener) throws LlmException {
        return client.generate(request, listener, new Cancellation());
    }
}
