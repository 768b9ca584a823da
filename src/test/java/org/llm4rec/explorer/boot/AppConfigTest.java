package org.llm4rec.explorer.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AppConfigTest {
    private static final Path HOME = Path.of("/home/reader");

    @Test
    void linuxUsesXdgDataHomeOrTheUsualFolder() {
        assertThat(AppConfig.defaultDataDir(Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/reader/.local/share/llm4rec-explorer"));
        assertThat(AppConfig.defaultDataDir(Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME))
                .isEqualTo(Path.of("/data/llm4rec-explorer"));
    }

    @Test
    void theEnvironmentVariableWinsOnEverySystem() {
        var env = Map.of(AppConfig.DATA_DIR_ENV, "/tmp/explorer");
        assertThat(AppConfig.defaultDataDir(env, "Windows 11", HOME)).isEqualTo(Path.of("/tmp/explorer"));
        assertThat(AppConfig.defaultDataDir(env, "Mac OS X", HOME)).isEqualTo(Path.of("/tmp/explorer"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(AppConfig.defaultDataDir(Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/reader/Library/Application Support/LLM4Rec Explorer"));
    }

    @Test
    void commandLineOverridesTheDefaults() {
        AppConfig config = CommandLineOptions.parse(List.of("--data-dir", "/x", "--ollama", "http://gpu:11434"),
                Path.of("/default"), url -> url == null ? "http://localhost:11434" : url);
        assertThat(config.dataDir()).isEqualTo(Path.of("/x"));
        assertThat(config.ollamaUrl()).isEqualTo("http://gpu:11434");
        assertThat(config.databaseFile()).isEqualTo(Path.of("/x/explorer.db"));
    }

    @Test
    void withoutOptionsTheDefaultsApply() {
        AppConfig config = CommandLineOptions.parse(List.of(), Path.of("/default"),
                url -> url == null ? "http://localhost:11434" : url);
        assertThat(config.dataDir()).isEqualTo(Path.of("/default"));
        assertThat(config.ollamaUrl()).isEqualTo("http://localhost:11434");
    }

    @Test
    void anUnknownOptionIsRefusedWithItsName() {
        assertThatThrownBy(() -> CommandLineOptions.parse(List.of("--colour", "red"), Path.of("/d"), u -> u))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("--colour");
    }
}
