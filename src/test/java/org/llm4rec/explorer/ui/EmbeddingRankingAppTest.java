package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.prompt.EmbeddingStrategy;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.run.RunStatus;
import org.llm4rec.explorer.fake.DemoAnswers;
import org.llm4rec.explorer.fake.FakeOllama;

/** Picks the embedding strategy in the real window and runs it against the fake Ollama's /api/embed. */
class EmbeddingRankingAppTest {
    private static final String CHAT_MODEL = "llama3.2:3b";
    private static final String EMBEDDING_MODEL = "nomic-embed-text:latest";

    private FakeOllama ollama;
    @RegisterExtension
    final AppDriver driver = new AppDriver();

    @BeforeEach
    void start() throws Exception {
        ollama = driver.start(FakeOllama.start().reply(CHAT_MODEL, DemoAnswers.fantasy()).model(EMBEDDING_MODEL));
    }

    @Test
    void theEmbeddingStrategyCanBePickedAndRunsIntoAGroundedColumn() throws Exception {
        driver.chooseProfile("Fantasy reader");
        Node embeddingPicker = driver.robot.lookup("#embeddingModelCombo").query();
        assertThat(embeddingPicker.getParent().isVisible()).as("hidden for generative strategies").isFalse();
        driver.robot.clickOn(driver.reveal(driver.robot.lookup("#strategyCombo").queryComboBox()));
        driver.robot.clickOn(EmbeddingStrategy.likedItems().name());

        ComboBox<ModelInfo> embedding = driver.robot.lookup("#embeddingModelCombo").queryComboBox();
        AppDriver.waitUntil(() -> embedding.getParent().isVisible() && embedding.getValue() != null);
        assertThat(embedding.getValue().name()).as("picked by itself from the server's models")
                .isEqualTo(EMBEDDING_MODEL);
        assertThat(embedding.getItems()).extracting(ModelInfo::name).contains(CHAT_MODEL, EMBEDDING_MODEL);
        Button recommend = driver.robot.lookup("#recommendButton").queryButton();
        AppDriver.waitUntil(() -> !recommend.isDisabled());
        driver.robot.clickOn(driver.reveal(recommend));

        ListView<RunRecord> history = driver.robot.lookup("#runHistory").queryListView();
        AppDriver.waitUntil(() -> history.getItems().size() == 1 && driver.shownRecommendations().size() == 10,
                () -> driver.shownRecommendations().toString());
        RunRecord run = history.getItems().get(0);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.strategyId()).isEqualTo(EmbeddingStrategy.LIKED);
        assertThat(run.model()).isEqualTo(EMBEDDING_MODEL);
        assertThat(driver.shownRecommendations()).allSatisfy(r -> {
            assertThat(r.grounding().grounded()).isTrue();
            assertThat(r.explanation()).startsWith("cosine ").contains("closest to your liked item");
        });
        assertThat(driver.shownRecommendations()).extracting(Recommendation::rank)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(ollama.requests("/api/embed")).isNotEmpty();
        assertThat(ollama.requests("/api/chat")).as("nothing is generated").isEmpty();
    }
}
