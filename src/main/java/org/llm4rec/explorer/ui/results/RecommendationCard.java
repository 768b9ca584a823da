package org.llm4rec.explorer.ui.results;

import java.util.Locale;
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
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.grounding.Flag;
import org.llm4rec.explorer.domain.grounding.Grounding;

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

    RecommendationCard(Recommendation item, Node extension) {
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
        show(item);
    }

    private void show(Recommendation item) {
        rank.setText(item.rank() + ".");
        title.setText(item.creator().isBlank() ? item.title() : item.title() + " — " + item.creator());
        badges.getChildren().setAll(groundingBadge(item.grounding()));
        if (item.hit()) {
            badges.getChildren().add(badge("hit: held-out target", "badge-hit",
                    "This is the profile's hidden target: the model found it without seeing it."));
        }
        for (Flag flag : item.flags()) {
            if (flag != Flag.NOT_IN_CATALOGUE) {
                badges.getChildren().add(badge(flag.label(), "badge-warning", describe(flag)));
            }
        }
        Item matched = item.grounding().item();
        boolean sameTitle = matched != null && matched.title().equalsIgnoreCase(item.title());
        match.setText(matched == null || sameTitle ? "" : "Catalogue: " + matched.label());
        match.setManaged(!match.getText().isEmpty());
        match.setVisible(match.isManaged());
        explanation.setText(item.explanation().isBlank() ? "(no explanation given)" : item.explanation());
    }

    private static Label groundingBadge(Grounding grounding) {
        if (!grounding.grounded()) {
            return badge("not in catalogue", "badge-danger",
                    "No catalogue item is close to this title: the model may have invented it.");
        }
        // The confidence shows for every method, so that columns can be compared on how sure each match is.
        String how = String.format(Locale.ROOT, "in catalogue · %s %.0f%%",
                grounding.method().name().toLowerCase(Locale.ROOT), grounding.confidence() * 100);
        return badge(how, "badge-success", "Matched to catalogue item " + grounding.item().id() + " by "
                + grounding.method().name().toLowerCase(Locale.ROOT) + " title match, confidence "
                + String.format(Locale.ROOT, "%.2f", grounding.confidence()) + ".");
    }

    private static String describe(Flag flag) {
        return switch (flag) {
            case DUPLICATE -> "The same item appears earlier in this list.";
            case ALREADY_SEEN -> "The item is already in the profile's history, which the prompt showed.";
            case SEEN_NOT_IN_PROMPT -> "The item is in the profile's history, but older than the part the prompt"
                    + " showed: the model could not know the user has it.";
            case NOT_IN_CANDIDATES -> "The item was not among the candidates the model was asked to rank.";
            case NOT_IN_CATALOGUE -> "The item is not in the catalogue.";
            case CITES_ABSENT_HISTORY -> "The explanation names an item, creator or genre as part of the user's"
                    + " history that the history does not contain (checked without a model).";
        };
    }

    private static Label badge(String text, String style, String tip) {
        Label label = new Label(text);
        label.getStyleClass().addAll("badge", style);
        label.setTooltip(new Tooltip(tip));
        return label;
    }
}
