package org.llm4rec.explorer.ui.judge;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the blind A/B and leaderboard windows from the menu. */
public final class JudgeWindows {
    private final JudgeViewModel judge;

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
}
