package org.llm4rec.explorer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.port.SavedTemplate;

class SqliteTemplateRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void savedVersionsCountUpFromTwoPerTemplateAndSurviveAReopen() {
        try (Database db = Database.open(dir.resolve("store.db"))) {
            var templates = new SqliteTemplateRepository(db);
            assertThat(templates.versions("llmrank-sequential")).isEmpty();

            SavedTemplate first = templates.saveNew("llmrank-sequential", " Shorter ", "Rank {{candidates}}");
            SavedTemplate second = templates.saveNew("llmrank-sequential", "Polite", "Please rank {{candidates}}");
            SavedTemplate other = templates.saveNew("zero-shot-direct", "Mine", "{{history}}");

            assertThat(first.template().version()).isEqualTo(2);
            assertThat(first.name()).isEqualTo("Shorter");
            assertThat(second.template().version()).isEqualTo(3);
            assertThat(other.template().version()).isEqualTo(2);
        }
        try (Database db = Database.open(dir.resolve("store.db"))) {
            var versions = new SqliteTemplateRepository(db).versions("llmrank-sequential");
            assertThat(versions).extracting(v -> v.template().version()).containsExactly(2, 3);
            assertThat(versions.get(1).template().text()).isEqualTo("Please rank {{candidates}}");
            assertThat(versions.get(1).template().id()).isEqualTo("llmrank-sequential");
        }
    }

    @Test
    void aVersionNeedsAName() {
        try (Database db = Database.open(dir.resolve("store.db"))) {
            assertThatThrownBy(() -> new SqliteTemplateRepository(db).saveNew("x", " ", "text"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        }
    }
}
