package org.llm4rec.explorer.ui.results;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.grounding.Grounding;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.run.Badges;
import org.llm4rec.explorer.domain.run.RunRecord;

/**
 * One ranked item: rank, title, how it was grounded, flags, hit marker and the explanation. Lists are short
 * (tens of items), so plain nodes in a scroll pane serve better than a virtualised list, whose cells keep a
 * stale height when long text wraps.
 */
final class RecommendationCard extends VBox {
    private final Label rank = new Label();
    private final Label title = new Label();
    private final Label match = new Label();
    private final FlowPane badges = new FlowPane(4, 4);
    private final Label explanation = new Label();

    RecommendationCard(RunRecord run, Recommendation item, Node extension) {
        super(3);
        rank.getStyleClass().add("rank");
        rank.setMinWidth(28);
        title.getStyleClass().add("item-title");
        title.setWrapText(true);
        match.getStyleClass().add("muted");
        match.setWrapText(true);
        explanation.getStyleClass().add("explanation");
        explanation.setWrapText(true);
        HBox top = new HBox(6, rank, title);
        top.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        for (Label label : new Label[] {title, match, explanation}) {
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(top, badges, match, explanation);
        if (extension != null) {
            getChildren().add(extension);
        }
        getStyleClass().add("recommendation-card");
        setUserData(item);
        show(run, item);
    }

    private void show(RunRecord run, Recommendation item) {
        rank.setText(item.rank() + ".");
        title.setText(item.creator().isBlank() ? item.title() : item.title() + " — " + item.creator());
        badges.getChildren().setAll(Badges.of(run, item).stream().map(RecommendationCard::badge).toList());
        match.setText(catalogueLine(item));
        match.setManaged(!match.getText().isEmpty());
        match.setVisible(match.isManaged());
        explanation.setText(item.explanation().isBlank() ? "(no explanation given)" : item.explanation());
    }

    /** The catalogue item matched, the items a shared title could mean, or the closest ones to an unknown title. */
    static String catalogueLine(Recommendation item) {
        Grounding grounding = item.grounding();
        if (!grounding.grounded()) {
            return grounding.alternatives().isEmpty() ? ""
                    : "Closest in the catalogue: " + labels(grounding.alternatives());
        }
        if (grounding.ambiguous()) {
            return "Could be: " + labels(grounding.alternatives());
        }
        Item matched = grounding.item();
        return matched.title().equalsIgnoreCase(item.title()) ? "" : "Catalogue: " + matched.label();
    }

    private static String labels(List<Item> items) {
        return items.stream().map(i -> i.year() == null ? i.label() : i.label() + " (" + i.year() + ")")
                .collect(Collectors.joining("; "));
    }

    private static Label badge(Badges.Badge badge) {
        return badge(badge.label(), switch (badge.kind()) {
            case GROUNDED -> "badge-success";
            case NOT_IN_CATALOGUE -> "badge-danger";
            case HIT -> "badge-hit";
            case WARNING -> "badge-warning";
        }, badge.description());
    }

    private static Label badge(String text, String style, String tip) {
        Label label = new Label(text);
        label.getStyleClass().addAll("badge", style);
        label.setTooltip(new Tooltip(tip));
        return label;
    }
}
