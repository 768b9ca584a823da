package org.llm4rec.explorer.ui.judge;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.llm4rec.explorer.domain.run.RunRecord;

/** Opens the judging windows from the menu and the Compare window. */
public final class JudgeWindows {
    private final JudgeViewModel judge;
    private Stage columnJudge;
    private Stage pairwise;

    public JudgeWindows(JudgeViewModel judge) {
        this.judge = judge;
    }

    public Stage blindAb(Window owner) {
        return BlindAbWindow.show(owner, judge.blindSession(judge.clock().millis() % 1_000_000),
                judge.leaderboard(), () -> leaderboard(owner));
    }

    public Stage agreement(Window owner) {
        Stage stage = JudgeStyle.window(owner, "Model judges and agreement with people",
                new Scene(new AgreementView(judge.agreement()), 1200, 720), false);
        stage.show();
        return stage;
    }

    public Stage leaderboard(Window owner) {
        LeaderboardViewModel model = judge.leaderboard();
        Stage stage = JudgeStyle.window(owner, "Leaderboard",
                new Scene(new LeaderboardView(model, model::refresh), 1100, 520), false);
        model.refresh();
        stage.show();
        return stage;
    }

    /** Judging every explanation of the result columns with a model; one window, shown again when asked. */
    public Stage judgeColumns(Window owner) {
        if (columnJudge == null) {
            Stage stage = new Stage();
            columnJudge = JudgeStyle.window(owner, "Judge the comparison with a model",
                    new Scene(new ColumnJudgeView(judge.columnJudge(), stage::close)), false, stage);
        }
        judge.columnJudge().refreshPlan();
        return front(columnJudge);
    }

    /** Pairwise judging of two result columns; one window, shown again when asked. */
    public Stage pairwise(Window owner) {
        if (pairwise == null) {
            pairwise = JudgeStyle.window(owner, "Pairwise model judge", new Scene(new PairwiseJudgeView(
                    judge.pairwise())), false);
        }
        judge.pairwise().refreshColumns();
        return front(pairwise);
    }

    /** Pairwise judging of the two columns showing these runs. */
    public Stage pairwise(Window owner, RunRecord first, RunRecord second) {
        Stage stage = pairwise(owner);
        judge.pairwise().choose(first, second);
        return stage;
    }

    private static Stage front(Stage stage) {
        stage.show();
        stage.toFront();
        return stage;
    }
}
