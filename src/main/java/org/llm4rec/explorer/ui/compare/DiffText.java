package org.llm4rec.explorer.ui.compare;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.llm4rec.explorer.domain.compare.DiffSegment;

/** A word diff as flowing text: removed words struck through in red, added words underlined in green. */
final class DiffText extends TextFlow {

    DiffText(ObservableList<DiffSegment> segments, String id) {
        setId(id);
        getStyleClass().add("diff-text");
        segments.addListener((ListChangeListener<DiffSegment>) change -> show(segments));
        show(segments);
    }

    private void show(List<DiffSegment> segments) {
        getChildren().setAll(segments.stream().map(DiffText::text).toList());
        if (segments.isEmpty()) {
            Text none = new Text("Nothing to compare.");
            none.getStyleClass().add("diff-none");
            getChildren().add(none);
        }
    }

    private static Text text(DiffSegment segment) {
        Text text = new Text(segment.text());
        text.getStyleClass().add(switch (segment.kind()) {
            case SAME -> "diff-same";
            case ADDED -> "diff-added";
            case REMOVED -> "diff-removed";
        });
        return text;
    }
}
