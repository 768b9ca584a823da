package org.llm4rec.explorer.llm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OllamaSettingsTest {

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1:11434, http://127.0.0.1:11434",
            "localhost, http://localhost:11434",
            "ollama.lan:8080, http://ollama.lan:8080",
            "0.0.0.0, http://127.0.0.1:11434",
            "0.0.0.0:9000, http://127.0.0.1:9000",
            ":11500, http://127.0.0.1:11500",
            "http://gpu-box:11434, http://gpu-box:11434",
            "http://gpu-box, http://gpu-box:80",
            "https://ollama.example.com, https://ollama.example.com:443",
            "https://ollama.example.com/proxy/, https://ollama.example.com:443/proxy",
            "'  http://host:1234/  ', http://host:1234",
            "[::1]:11434, http://[::1]:11434",
            "[::], http://[::1]:11434",
            "::1, http://[::1]:11434",
    })
    void readsOllamaHostLikeTheOllamaCli(String ollamaHost, String baseUrl) {
        assertThat(OllamaSettings.baseUrlFromOllamaHost(ollamaHost)).isEqualTo(baseUrl);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void noOllamaHostMeansTheLocalDefault(String ollamaHost) {
        assertThat(OllamaSettings.baseUrlFromOllamaHost(ollamaHost)).isEqualTo("http://localhost:11434");
    }

    @Test
    void defaultsAllowForAColdModelLoad() {
        OllamaSettings settings = OllamaSettings.defaults();

        assertThat(settings.baseUrl()).isEqualTo(OllamaSettings.DEFAULT_BASE_URL);
        assertThat(settings.firstTokenTimeout()).isGreaterThanOrEqualTo(Duration.ofMinutes(5));
        assertThat(settings.idleTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.deadline()).isGreaterThan(settings.firstTokenTimeout());
    }

    @Test
    void aBaseUrlIsNormalisedSoPathsCanBeAppended() {
        assertThat(OllamaSettings.defaults().withBaseUrl("http://127.0.0.1:11434/").baseUrl())
                .isEqualTo("http://127.0.0.1:11434");
        assertThat(OllamaSettings.defaults().withBaseUrl("gpu-box").baseUrl()).isEqualTo("http://gpu-box:11434");
        assertThat(OllamaSettings.defaults().withBaseUrl(" ").baseUrl()).isEqualTo(OllamaSettings.DEFAULT_BASE_URL);
    }

    @Test
    void timeoutsMustBePositive() {
        assertThatThrownBy(() -> new OllamaSettings("http://localhost:11434", Duration.ofSeconds(1), Duration.ZERO,
                Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstTokenTimeout");
        assertThatThrownBy(() -> new OllamaSettings("http://localhost:11434", null, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("connectTimeout");
    }
}
