package org.llm4rec.explorer.ui.judge;

import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.llm4rec.explorer.domain.judge.CriterionAgreement;
import org.llm4rec.explorer.domain.judge.Disagreement;
import org.llm4rec.explorer.domain.judge.JudgeAgreement;
import org.llm4rec.explorer.domain.judge.JudgeRubric;
import org.llm4rec.explorer.domain.judge.VoteAgreement;

/**
 * Whether to trust a model judge: its agreement with people per criterion beside people's agreement with each
 * other, with blind A/B votes, and the explanations where they differ most. Every judge figure is labelled as a
 * model's.
 */
public final class AgreementView extends BorderPane {

    public AgreementView(AgreementViewModel model) {
        getStyleClass().add("judge-agreement");
        setPadding(new Insets(10));

        JudgeChoice choice = model.choice();
        ComboBox<String> judgeModel = JudgeChoiceView.model(choice);
        ComboBox<JudgeRubric> rubric = JudgeChoiceView.rubric(choice);
        Button judge = new Button("Judge rated explanations");
        judge.setId("judgeRated");
        judge.setTooltip(new Tooltip("Asks the model to score every explanation people rated or voted on, through"
                + " the response cache; what this judge already scored is not asked again."));
        judge.disableProperty().bind(model.runningProperty());
        judge.setOnAction(e -> model.judgeRated());
        Button stop = new Button("Stop");
        stop.visibleProperty().bind(model.runningProperty());
        stop.setOnAction(e -> model.cancel());
        Label status = new Label();
        status.setId("judgeStatus");
        status.textProperty().bind(model.statusProperty());
        Label judgeLabel = new Label("Model judge");
        judgeLabel.setMinWidth(Region.USE_PREF_SIZE);
        judge.setMinWidth(Region.USE_PREF_SIZE);
        Button export = new Button("Export…");
        export.setId("exportJudge");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setTooltip(new Tooltip("Writes the model judge's scores (CSV), its agreement figures and scores"
                + " (JSON) and an agreement page (HTML) into a folder, each naming the judge's model and template"
                + " version."));
        export.disableProperty().bind(model.agreementProperty().isNull());
        export.setOnAction(e -> {
            File folder = new DirectoryChooser().showDialog(getScene().getWindow());
            if (folder != null) {
                model.export(folder.toPath());
            }
        });
        HBox choices = new HBox(8, judgeLabel, judgeModel, rubric, judge, stop, export);
        choices.setAlignment(Pos.CENTER_LEFT);
        Label origin = new Label("Scores below marked “model judge” are a model's; people's ratings and votes"
                + " are never mixed with them.");
        origin.getStyleClass().add("muted");
        VBox bar = new VBox(6, choices, status, origin);

        TitledPane templatePane = JudgeChoiceView.template(choice);

        TableView<CriterionAgreement> criteria = new TableView<>();
        criteria.setId("agreementTable");
        criteria.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        criteria.setMinHeight(205);
        criteria.getColumns().setAll(List.of(
                TextColumns.tipped("Criterion", c -> c.criterion().label(), "The rubric question people answer too"),
                TextColumns.tipped("Pairs", c -> Integer.toString(c.pairs()),
                        "(model judge's score, a person's score) pairs of the same explanation"),
                TextColumns.tipped("κ model judge", c -> number(c.kappa()),
                        "Cohen's κ with quadratic weights between the model judge and people: 1 = full agreement,"
                                + " 0 = chance"),
                TextColumns.tipped("ρ model judge", c -> number(c.rho()),
                        "Spearman's rank correlation, model judge vs people"),
                TextColumns.tipped("People pairs", c -> Integer.toString(c.raterPairs()),
                        "Pairs of two people's scores of the same explanation"),
                TextColumns.tipped("κ among people", c -> number(c.raterKappa()),
                        "The ceiling: how far people agree with each other; a judge is not expected to do much better"),
                TextColumns.tipped("ρ among people", c -> number(c.raterRho()),
                        "The ceiling: Spearman's ρ between people")));
        criteria.setPlaceholder(new Label("Rate some explanations, then let a model judge them."));

        Label votes = new Label();
        votes.setId("voteAgreement");
        TableView<Disagreement> worst = new TableView<>();
        worst.setId("disagreements");
        worst.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        worst.getColumns().setAll(List.of(
                TextColumns.<Disagreement>tipped("Item", Disagreement::itemTitle, "The recommended item"),
                TextColumns.tipped("Run · rank", d -> d.runId() + " · " + d.rank(),
                        "The run and the explanation's rank"),
                TextColumns.tipped("Model judge (mean)", d -> number(d.judgeMean()), "The model judge's mean score"),
                TextColumns.tipped("People (mean)", d -> number(d.peopleMean()), "People's mean score"),
                TextColumns.tipped("Gap", d -> number(d.gap()), "Mean over criteria of |model judge − people|"),
                TextColumns.tipped("Model judge's reason", Disagreement::judgeReason, "What the model judge said")));
        worst.setPlaceholder(new Label("No explanation is scored by both the judge and people yet."));

        model.agreementProperty().addListener((o, old, figures) -> show(figures, criteria, votes, worst));
        show(model.agreementProperty().get(), criteria, votes, worst);

        Label worstTitle = new Label("Where the model judge and people disagree most");
        worstTitle.getStyleClass().add("section-title");
        VBox centre = new VBox(8, templatePane, criteria, votes, worstTitle, worst);
        VBox.setVgrow(worst, Priority.ALWAYS);
        centre.setPadding(new Insets(8, 0, 0, 0));
        setTop(bar);
        setCenter(centre);
    }

    private static void show(JudgeAgreement figures, TableView<CriterionAgreement> criteria, Label votes,
                             TableView<Disagreement> worst) {
        if (figures == null) {
            criteria.getItems().clear();
            worst.getItems().clear();
            votes.setText("");
            return;
        }
        criteria.getItems().setAll(figures.criteria());
        worst.getItems().setAll(figures.disagreements());
        VoteAgreement v = figures.votes();
        votes.setText(v.comparable() == 0 ? "Blind A/B votes: none on explanations this model judge scored."
                : String.format(Locale.ROOT, "Blind A/B votes: the model judge's higher score sides with people in"
                        + " %d of %d votes (%.0f%%); it scored both sides the same in %d more.", v.agreeing(),
                v.comparable(), v.share() * 100, v.judgeTies()));
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }
}
