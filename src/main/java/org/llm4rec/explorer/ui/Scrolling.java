package org.llm4rec.explorer.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;

/** Brings a control inside a scrolling pane, a list or a closed part of the window into sight. */
public final class Scrolling {
    private static final Object REVEAL = new Object();

    private Scrolling() {
    }

    /** Says how to show a container that can be closed, so that {@link #intoView} opens it first. */
    public static void revealWith(Node container, Runnable show) {
        container.getProperties().put(REVEAL, show);
    }

    /** Opens the closed containers around the node, then scrolls the nearest scroll pane to show its top. */
    public static void intoView(Node target) {
        boolean opened = false;
        for (Node node = target.getParent(); node != null; node = node.getParent()) {
            if (node.getProperties().get(REVEAL) instanceof Runnable show && !node.isVisible()) {
                show.run();
                opened = true;
            }
        }
        if (opened && target.getScene() != null) {
            target.getScene().getRoot().applyCss();
            target.getScene().getRoot().layout();
        }
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

    /**
     * Scrolls a list until the whole row is in sight. {@link ListView#scrollTo(int)} alone places rows by estimated
     * heights: with rows of different heights (wrapped titles) the last one can end up just below the list. Once
     * laid out at its real height, the list's flow scrolls the row fully in by the pixels it knows.
     */
    public static void row(ListView<?> list, int index) {
        list.scrollTo(index);
        if (list.getScene() != null) {
            list.getScene().getRoot().applyCss();
            list.getScene().getRoot().layout();
        }
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
        }
    }

    /**
     * Scrolls a sideways scrolling pane just enough to show the whole node (its left part if it is wider). The
     * node may have just been added: the window is laid out first, as a node not yet laid out sits at the left.
     */
    public static void sideways(ScrollPane scroll, Node target) {
        Node content = scroll.getContent();
        if (content == null || target.getScene() == null) {
            return;
        }
        target.getScene().getRoot().applyCss();
        target.getScene().getRoot().layout();
        double hidden = content.getLayoutBounds().getWidth() - scroll.getViewportBounds().getWidth();
        if (hidden <= 0) {
            return;
        }
        Bounds inContent = content.sceneToLocal(target.localToScene(target.getLayoutBounds()));
        double left = scroll.getHvalue() * hidden;
        double viewport = scroll.getViewportBounds().getWidth();
        if (inContent.getMaxX() > left + viewport) {
            left = inContent.getMaxX() - viewport;
        }
        if (inContent.getMinX() < left) {
            left = inContent.getMinX();
        }
        scroll.setHvalue(Math.min(1, Math.max(0, left / hidden)));
    }
}
