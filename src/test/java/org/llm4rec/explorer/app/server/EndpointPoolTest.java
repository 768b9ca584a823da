package org.llm4rec.explorer.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.llm4rec.explorer.app.port.EndpointSetting;
import org.llm4rec.explorer.app.port.ServerSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmRequest;
import org.llm4rec.explorer.domain.llm.LlmResult;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.llm.OllamaServers;

/** The pool over real fake servers: spreading, failing over, waiting for slots and retrying a busy server. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EndpointPoolTest {
    private static final String MODEL = "llama3.2:3b";
    private static final String REPLY = "one two three four five six seven eight nine ten";
    private static final ServerSettings TIMEOUTS = new ServerSettings(
            List.of(new EndpointSetting("http://127.0.0.1:1", 1)), Duration.ofSeconds(10), Duration.ofSeconds(5));

    private final List<FakeOllama> fakes = new ArrayList<>();
    private final ExecutorService callers = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        callers.shutdownNow();
        fakes.forEach(FakeOllama::close);
    }

    @Test
    void spreadsRequestsOverTwoServersByTheirFreeSlots() throws Exception {
        FakeOllama a = fake(Duration.ofMillis(40));
        FakeOllama b = fake(Duration.ofMillis(40));
        EndpointPool pool = pool(endpoint(a, 2), endpoint(b, 2));

        List<LlmResult> results = runAll(pool, 4);

        assertThat(a.requests("/api/chat")).hasSize(2);
        assertThat(b.requests("/api/chat")).hasSize(2);
        assertThat(results).extracting(LlmResult::text).containsOnly(REPLY);
        assertThat(results).extracting(r -> r.metrics().servedBy())
                .containsExactlyInAnyOrder(a.baseUrl(), a.baseUrl(), b.baseUrl(), b.baseUrl());
        assertThat(pool.load()).containsExactly(0, 0);
    }

    @Test
    void waitsForAFreeSlotRatherThanOverloadingAServer() throws Exception {
        FakeOllama a = fake(Duration.ofMillis(20));
        EndpointPool pool = pool(endpoint(a, 1));

        runAll(pool, 3);

        // One at a time: each request started after the one before had finished streaming.
        assertThat(a.requests("/api/chat")).hasSize(3);
        assertThat(maxConcurrent(a)).isEqualTo(1);
    }

    @Test
    void survivesAServerStoppedMidRunAndRecordsWhoAnswered() throws Exception {
        FakeOllama a = fake(Duration.ofMillis(60));
        FakeOllama b = fake(Duration.ofMillis(60));
        EndpointPool pool = pool(endpoint(a, 2), endpoint(b, 2));
        List<String> restarts = new ArrayList<>();

        List<Future<LlmResult>> running = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            running.add(callers.submit(() -> pool.generate(request(), new LlmListener() {
                @Override
                public void onText(String chunk) {
                }

                @Override
                public void onRestart() {
                    synchronized (restarts) {
                        restarts.add("restart");
                    }
                }
            }, new Cancellation())));
        }
        waitUntil(() -> a.requests("/api/chat").size() == 2);
        Thread.sleep(150);
        a.close();
        List<LlmResult> results = new ArrayList<>();
        for (Future<LlmResult> f : running) {
            results.add(f.get(30, TimeUnit.SECONDS));
        }
        List<LlmResult> after = runAll(pool, 2);

        assertThat(results).extracting(LlmResult::text).containsOnly(REPLY);
        assertThat(results).extracting(r -> r.metrics().servedBy()).containsOnly(b.baseUrl());
        assertThat(restarts).hasSize(2);
        assertThat(after).extracting(r -> r.metrics().servedBy()).containsOnly(b.baseUrl());
        assertThat(pool.status().url()).contains(b.baseUrl()).contains("1 of 2 servers down");
    }

    @Test
    void aServerThatComesBackIsTakenInAgainByTheStatusCheck() throws Exception {
        FakeOllama a = fake(Duration.ZERO);
        int port = a.port();
        FakeOllama b = fake(Duration.ZERO);
        EndpointPool pool = pool(endpoint(a, 1), endpoint(b, 1));
        a.close();
        runAll(pool, 2);
        assertThat(pool.status().reachable()).isTrue();

        FakeOllama again = FakeOllama.start(port).reply(MODEL, REPLY);
        fakes.add(again);
        assertThat(pool.status().url()).doesNotContain("down");
        runAll(pool, 2);

        assertThat(again.requests("/api/chat")).isNotEmpty();
    }

    @Test
    void aBusyServerIsAskedAgainAfterAPause() throws Exception {
        FakeOllama a = fake(Duration.ZERO).fault(MODEL, FakeOllama.Fault.BUSY_503);
        EndpointPool pool = new EndpointPool(List.of(endpoint(a, 1)), Duration.ofSeconds(10),
                List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400)));
        callers.submit(() -> {
            waitUntil(() -> a.requests("/api/chat").size() >= 2);
            a.fault(MODEL, null);
            return null;
        });

        LlmResult result = pool.generate(request(), LlmListener.NONE, new Cancellation());

        assertThat(result.text()).isEqualTo(REPLY);
        assertThat(a.requests("/api/chat").size()).isBetween(2, 4);
    }

    @Test
    void aServerThatStaysBusyFailsWithItsMessageAfterTheLastTry() {
        FakeOllama a = fake(Duration.ZERO).fault(MODEL, FakeOllama.Fault.BUSY_503);
        EndpointPool pool = new EndpointPool(List.of(endpoint(a, 1)), Duration.ofSeconds(10),
                List.of(Duration.ofMillis(50), Duration.ofMillis(50)));

        assertThatThrownBy(() -> pool.generate(request(), LlmListener.NONE, new Cancellation()))
                .isInstanceOfSatisfying(LlmException.class, e -> {
                    assertThat(e.failure()).isEqualTo(LlmFailure.BUSY);
                    assertThat(e.getMessage()).contains("busy").contains(a.baseUrl());
                });
        assertThat(a.requests("/api/chat")).hasSize(3);
    }

    @Test
    void cancellingWhileWaitingForASlotEndsAtOnce() throws Exception {
        FakeOllama a = fake(Duration.ofMillis(200));
        EndpointPool pool = pool(endpoint(a, 1));
        Future<LlmResult> first = callers.submit(() -> pool.generate(request(), LlmListener.NONE, new Cancellation()));
        waitUntil(() -> a.requests("/api/chat").size() == 1);
        Cancellation cancel = new Cancellation();
        Future<LlmResult> second = callers.submit(() -> pool.generate(request(), LlmListener.NONE, cancel));
        Thread.sleep(100);

        cancel.cancel();

        assertThatThrownBy(() -> second.get(2, TimeUnit.SECONDS)).hasCauseInstanceOf(LlmException.class)
                .cause().extracting(e -> ((LlmException) e).failure()).isEqualTo(LlmFailure.CANCELLED);
        assertThat(a.requests("/api/chat")).hasSize(1);
        first.cancel(true);
    }

    private FakeOllama fake(Duration chunkDelay) {
        FakeOllama fake = FakeOllama.start().reply(MODEL, REPLY).chunkDelay(MODEL, chunkDelay);
        fakes.add(fake);
        return fake;
    }

    private static EndpointPool.Endpoint endpoint(FakeOllama fake, int parallelism) {
        LlmClient client = new OllamaServers().client(new EndpointSetting(fake.baseUrl(), parallelism), TIMEOUTS);
        return new EndpointPool.Endpoint(fake.baseUrl(), parallelism, client);
    }

    private static EndpointPool pool(EndpointPool.Endpoint... endpoints) {
        return new EndpointPool(List.of(endpoints), Duration.ofSeconds(30));
    }

    private static LlmRequest request() {
        return new LlmRequest(MODEL, "Recommend a book", GenerationOptions.defaults(), null);
    }

    private List<LlmResult> runAll(LlmClient client, int count) throws Exception {
        List<Future<LlmResult>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(callers.submit(() -> client.generate(request(), LlmListener.NONE, new Cancellation())));
        }
        List<LlmResult> results = new ArrayList<>();
        for (Future<LlmResult> future : futures) {
            results.add(future.get(30, TimeUnit.SECONDS));
        }
        return results;
    }

    /** Requests a fake had in flight at once, from when each arrived and when its client was done with it. */
    private static int maxConcurrent(FakeOllama fake) {
        return fake.maxConcurrentChats();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(10);
        }
    }
}
