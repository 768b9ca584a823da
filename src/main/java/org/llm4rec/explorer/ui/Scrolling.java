package org.llm4rec.explorer.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Brings a control inside a scrolling pane into sight, for guided steps that point at it. */
public final class Scrolling {
    private Scrolling() {
    }

    /** Scrolls the nearest enclosing scroll pane so that the node's top is visible. */
    public static void intoView(Node target) {
        for (Node node = target.getParent(); node != null; node = node.getParent()) {
            if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
                Bounds inContent = scroll.getContent().sceneToLocal(target.localToScene(target.getBoundsInLocal()));
                double hidden = scroll.getContent().getBoundsInLocal().getHeight()
                        - scroll.getViewportBounds().getHeight();
                if (hidden > 0) {
                    scroll.setVvalue(Math.min(1, Math.max(0, inContent.getMinY() / hidden)));
                }
                return;
            }
        }
    }
}
