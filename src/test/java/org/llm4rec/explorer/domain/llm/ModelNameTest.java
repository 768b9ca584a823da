package org.llm4rec.explorer.domain.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names as Ollama reads them: no tag means ":latest"; hosts, namespaces, tags and digests keep their form. */
class ModelNameTest {
    private static ModelInfo installed(String name) {
        return new ModelInfo(name, "a80c4f17acd5", "llama", "3.2B", "Q4_K_M", 2_019_393_189L);
    }

    @Test
    void aNameWithoutATagMeansLatest() {
        assertThat(ModelName.withTag("llama3.2")).isEqualTo("llama3.2:latest");
        assertThat(ModelName.withTag(" qwen3 ")).isEqualTo("qwen3:latest");
        assertThat(ModelName.withTag("hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF"))
                .isEqualTo("hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:latest");
        assertThat(ModelName.withTag("library/llama3.2")).isEqualTo("library/llama3.2:latest");
        // The colon of a registry's port is not a tag.
        assertThat(ModelName.withTag("localhost:5000/team/ranker")).isEqualTo("localhost:5000/team/ranker:latest");
    }

    @Test
    void writtenTagsAndDigestsKeepTheirForm() {
        assertThat(ModelName.withTag("llama3.2:3b")).isEqualTo("llama3.2:3b");
        assertThat(ModelName.withTag("llama3.2:3b-instruct-q4_K_M")).isEqualTo("llama3.2:3b-instruct-q4_K_M");
        assertThat(ModelName.withTag("hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M"))
                .isEqualTo("hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M");
        assertThat(ModelName.withTag("llama3.2@sha256-a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72"))
                .isEqualTo("llama3.2@sha256-a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72");
        assertThat(ModelName.withTag("")).isEmpty();
    }

    @Test
    void theDefaultHostNamespaceAndTagAndCaseDoNotMakeAnotherModel() {
        assertThat(ModelName.same("llama3.2", "llama3.2:latest")).isTrue();
        assertThat(ModelName.same("library/llama3.2", "llama3.2:latest")).isTrue();
        assertThat(ModelName.same("registry.ollama.ai/library/llama3.2:latest", "llama3.2:latest")).isTrue();
        assertThat(ModelName.same("Llama3.2:3B", "llama3.2:3b")).isTrue();
        assertThat(ModelName.same("llama3.2", "llama3.2:3b")).isFalse();
        assertThat(ModelName.same("hf.co/x/y", "y:latest")).isFalse();
        assertThat(ModelName.same("someone/llama3.2", "llama3.2:latest")).isFalse();
    }

    @Test
    void theInstalledModelANameMeans() {
        List<ModelInfo> list = List.of(installed("llama3.2:latest"), installed("llama3.2:3b"),
                installed("hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:latest"), installed("gpt-4o-mini"));

        assertThat(ModelName.installed("llama3.2", list)).map(ModelInfo::name).hasValue("llama3.2:latest");
        assertThat(ModelName.installed("llama3.2:3b", list)).map(ModelInfo::name).hasValue("llama3.2:3b");
        assertThat(ModelName.installed("hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF", list)).map(ModelInfo::name)
                .hasValue("hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:latest");
        // A server that is not Ollama lists names without tags: the exact name wins.
        assertThat(ModelName.installed("gpt-4o-mini", list)).map(ModelInfo::name).hasValue("gpt-4o-mini");
        assertThat(ModelName.installed("llama3.2:1b", list)).isEmpty();
        assertThat(ModelName.notInstalled("mistral", list)).contains("\"mistral\" is not installed",
                "llama3.2:latest, llama3.2:3b", "`ollama pull mistral:latest`");
        assertThat(ModelName.notInstalled("mistral", List.of())).contains("Installed: none.");
    }
}
