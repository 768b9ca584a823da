package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.llm4rec.explorer.ui.AppDriver.waitUntil;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llm4rec.explorer.app.judge.JudgeFixtures;
import org.llm4rec.explorer.domain.judge.CriterionAgreement;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteJudgeRepository;
import org.llm4rec.explorer.store.SqliteRunRepository;

/**
 * The agreement panel in the real app, headless: two people's ratings and votes stored before start, a model judge
 * answering over HTTP from the fake Ollama, and the figures the panel shows. With {@code -Ddocs.screenshots=true}
 * it also writes docs/judge-agreement.png.
 */
class AgreementPanelTest {
    private static final String JUDGE = "qwen2.5:7b";

    @RegisterExtension
    final AppDriver driver = new AppDriver();

    @BeforeEach
    void start() throws Exception {
        try (Database db = Database.open(driver.dataDir().resolve("explorer.db"))) {
            new SqliteRunRepository(db).save(JudgeFixtures.run("run-a", 1, 2, 3, 4, 5));
            new SqliteRunRepository(db).save(JudgeFixtures.run("run-b", 5, 4, 3, 2, 1));
            JudgeFixtures.ratePeople(new SqliteJudgeRepository(db));
        }
        driver.start(FakeOllama.start().model(JUDGE).replies(JUDGE, JudgeFixtures::ruleJudge));
    }

    @Test
    void judgesWhatPeopleRatedAndShowsAgreementBesidePeoplesOwn() throws Exception {
        driver.robot.clickOn("Judge").clickOn("Model judges and agreement…");
        waitUntil(() -> driver.robot.lookup("#judgeModel").tryQuery().isPresent(), () -> "no agreement window");
        ComboBox<String> model = driver.robot.lookup("#judgeModel").queryComboBox();
        waitUntil(() -> model.getItems().contains(JUDGE), () -> "models " + model.getItems());
        driver.robot.interact(() -> model.setValue(JUDGE));
        driver.robot.clickOn("#judgeRated");

        TableView<CriterionAgreement> table = driver.robot.lookup("#agreementTable").queryTableView();
        Label status = driver.robot.lookup("#judgeStatus").queryAs(Label.class);
        waitUntil(() -> table.getItems().size() == 4, status::getText);

        assertThat(status.getText()).isEqualTo("Done: 10 judged now, 0 judged before.");
        CriterionAgreement relevance = table.getItems().get(0);
        assertThat(relevance.kappa()).isCloseTo(0.95, within(1e-12));
        assertThat(relevance.raterKappa()).isCloseTo(0.9, within(1e-12));
        assertThat(driver.robot.lookup("#voteAgreement").queryAs(Label.class).getText())
                .contains("sides with people in 1 of 2 votes (50%); it scored both sides the same in 1 more.");
        assertThat(driver.robot.lookup("#disagreements").queryTableView().getItems()).hasSize(5);

        AppDriver.screenshot(table.getScene(), "judge-agreement.png");
    }
}
