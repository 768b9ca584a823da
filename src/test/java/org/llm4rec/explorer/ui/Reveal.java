package org.llm4rec.explorer.ui;

import javafx.scene.Node;
import org.testfx.api.FxRobot;

/** Scrolls the workflow so that a node is in sight, as a user would before clicking it. */
final class Reveal {
    private Reveal() {
    }

    static <T extends Node> T inSight(FxRobot robot, T node) {
        robot.interact(() -> Scrolling.intoView(node));
        return node;
    }
}
