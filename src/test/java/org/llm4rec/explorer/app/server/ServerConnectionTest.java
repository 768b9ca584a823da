package org.llm4rec.explorer.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.llm4rec.explorer.app.port.EndpointSetting;
import org.llm4rec.explorer.app.port.ServerSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmRequest;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.fake.FakeOpenAi;
import org.llm4rec.explorer.llm.OllamaServers;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteSettingsRepository;

/** Settings kept in SQLite and applied to a running client without a restart. */
class ServerConnectionTest {
    private static final String MODEL = "llama3.2:3b";

    @TempDir
    Path dir;
    private final FakeOllama first = FakeOllama.start().reply(MODEL, "from the first");
    private final FakeOllama second = FakeOllama.start().reply(MODEL, "from the second");

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    @Test
    void withoutSavedSettingsTheLaunchAddressIsUsed() throws LlmException {
        try (Database db = Database.open(dir.resolve("s.db"))) {
            ServerConnection connection = connection(db);

            assertThat(connection.settings()).isEqualTo(ServerSettings.defaultsFor(first.baseUrl()));
            assertThat(generate(connection)).isEqualTo("from the first");
        }
    }

    @Test
    void appliedSettingsTakeEffectAtOnceAndAreThereAfterARestart() throws LlmException {
        ServerSettings changed = new ServerSettings(List.of(new EndpointSetting(second.baseUrl(), 3),
                new EndpointSetting(first.baseUrl(), 1)), Duration.ofSeconds(90), Duration.ofSeconds(15));
        try (Database db = Database.open(dir.resolve("s.db"))) {
            ServerConnection connection = connection(db);
            var heldBefore = connection.client();

            connection.apply(changed);

            assertThat(heldBefore.status().url()).contains(second.baseUrl()).contains(first.baseUrl());
            assertThat(generate(connection)).isEqualTo("from the second");
        }
        try (Database db = Database.open(dir.resolve("s.db"))) {
            assertThat(connection(db).settings()).isEqualTo(changed);
        }
    }

    @Test
    void serverLinesAreReadWithTheirParallelismAndWrongLinesAreNamed() {
        assertThat(ServerSettingsStore.parseEndpoints("# lab\nhttp://a:11434 4\n\n  http://b:11434  "))
                .containsExactly(new EndpointSetting("http://a:11434", 4),
                        new EndpointSetting("http://b:11434", ServerSettings.DEFAULT_PARALLELISM));
        assertThatThrownBy(() -> ServerSettingsStore.parseEndpoints("http://a:11434\nhttp://b:11434 many"))
                .hasMessage("Server line 2: \"many\" is not a number of parallel requests.");
        assertThatThrownBy(() -> ServerSettingsStore.parseEndpoints("http://a:11434 0"))
                .hasMessage("Server line 1: Parallel requests for http://a:11434 must be between 1 and 64, not 0.");
    }

    @Test
    void anOpenAiCompatibleServerJoinsThePoolFromItsSettingsLine() throws LlmException {
        try (FakeOpenAi vllm = FakeOpenAi.start().reply(MODEL, "from vLLM");
             Database db = Database.open(dir.resolve("s.db"))) {
            List<EndpointSetting> endpoints = ServerSettingsStore.parseEndpoints("openai " + vllm.baseUrl() + " 4");
            assertThat(endpoints).containsExactly(
                    new EndpointSetting(vllm.baseUrl(), 4, EndpointSetting.Provider.OPENAI));
            assertThat(ServerSettingsStore.formatEndpoints(endpoints)).isEqualTo("openai " + vllm.baseUrl() + " 4");
            ServerConnection connection = connection(db);

            connection.apply(new ServerSettings(endpoints, Duration.ofSeconds(30), Duration.ofSeconds(10)));

            assertThat(generate(connection)).isEqualTo("from vLLM");
            assertThat(connection.client().status().reachable()).isTrue();
        }
    }

    @Test
    void settingsThatNoLongerMakeSenseFallBackToTheDefaults() {
        try (Database db = Database.open(dir.resolve("s.db"))) {
            new SqliteSettingsRepository(db).save(java.util.Map.of("server.endpoints", "http://a:1 zero"));

            assertThat(connection(db).settings()).isEqualTo(ServerSettings.defaultsFor(first.baseUrl()));
        }
    }

    private ServerConnection connection(Database db) {
        return new ServerConnection(new ServerSettingsStore(new SqliteSettingsRepository(db)), new OllamaServers(),
                ServerSettings.defaultsFor(first.baseUrl()));
    }

    private static String generate(ServerConnection connection) throws LlmException {
        return connection.client().generate(new LlmRequest(MODEL, "hi", GenerationOptions.defaults(), null),
                LlmListener.NONE, new Cancellation()).text();
    }
}
