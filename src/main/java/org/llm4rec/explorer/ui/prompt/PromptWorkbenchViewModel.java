package org.llm4rec.explorer.ui.prompt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.PreparedRun;
import org.llm4rec.explorer.app.RecommendationRequest;
import org.llm4rec.explorer.app.RecommendationService;
import org.llm4rec.explorer.app.port.RunSettings;
import org.llm4rec.explorer.app.port.SavedTemplate;
import org.llm4rec.explorer.app.port.TemplateRepository;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.candidates.CandidateProtocol;
import org.llm4rec.explorer.domain.candidates.CandidateSpec;
import org.llm4rec.explorer.domain.candidates.DemoSource;
import org.llm4rec.explorer.domain.prompt.PromptSegment;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.domain.prompt.PromptTemplate;
import org.llm4rec.explorer.domain.prompt.StepwiseStrategy;
import org.llm4rec.explorer.domain.prompt.TokenBudget;
import org.llm4rec.explorer.ui.MessageProperty;

/**
 * The strategy's options (candidates, demonstrations, thinking, bootstrapping), its template versions with an
 * editor, and a live preview of the exact prompt, part by part, with a token estimate against num_ctx.
 *
 * <p>Candidates are drawn in the background whenever what they depend on changes; editing the template only
 * re-renders, on the UI thread, from the candidates already drawn. Seeded draws make the run send what the preview
 * showed.
 */
public final class PromptWorkbenchViewModel {
    private final RecommendationService service;
    private final TemplateRepository templates;
    private final Background background;
    private final ReadOnlyObjectProperty<Dataset> dataset;
    private final ReadOnlyObjectProperty<Profile> profile;
    private final ReadOnlyObjectProperty<PromptStrategy> strategy;
    private final IntegerProperty count;
    private final Supplier<GenerationOptions> options;

    private final ObjectProperty<CandidateProtocol> protocol =
            new SimpleObjectProperty<>(CandidateProtocol.RANDOM_WITH_TARGET);
    private final ObjectProperty<Integer> candidateCount = new SimpleObjectProperty<>(CandidateSpec.DEFAULT_SIZE);
    private final ObjectProperty<Integer> candidateSeed = new SimpleObjectProperty<>(42);
    private final ObjectProperty<DemoSource> demoSource = new SimpleObjectProperty<>(DemoSource.OWN_HISTORY);
    private final ObjectProperty<Integer> demoCount = new SimpleObjectProperty<>(1);
    private final BooleanProperty nativeThinking = new SimpleBooleanProperty();
    private final ObjectProperty<Integer> bootstrapOrders = new SimpleObjectProperty<>(1);
    private final BooleanProperty letterIndex = new SimpleBooleanProperty();
    private final BooleanProperty answersByLetter = new SimpleBooleanProperty();

    private final ObservableList<TemplateChoice> versions = FXCollections.observableArrayList();
    private final ObjectProperty<TemplateChoice> version = new SimpleObjectProperty<>();
    private final StringProperty editorText = new SimpleStringProperty("");
    private final StringProperty versionName = new SimpleStringProperty("");
    private final ObservableList<PromptSegment> preview = FXCollections.observableArrayList();
    private final StringProperty previewMessage = new MessageProperty();
    private final StringProperty tokens = new SimpleStringProperty("");
    private final BooleanProperty tokenWarning = new SimpleBooleanProperty();
    private final StringProperty candidatesLabel = new SimpleStringProperty("");
    private final BooleanProperty ranksCandidates = new SimpleBooleanProperty();
    private final BooleanProperty usesDemonstrations = new SimpleBooleanProperty();
    private final BooleanProperty canBootstrap = new SimpleBooleanProperty();
    private final Map<String, TemplateChoice> chosen = new HashMap<>();
    private PreparedRun prepared;
    private int generation;

    public PromptWorkbenchViewModel(RecommendationService service, TemplateRepository templates,
                                    Background background, ReadOnlyObjectProperty<Dataset> dataset,
                                    ReadOnlyObjectProperty<Profile> profile,
                                    ReadOnlyObjectProperty<PromptStrategy> strategy, IntegerProperty count,
                                    Supplier<GenerationOptions> options) {
        this.service = service;
        this.templates = templates;
        this.background = background;
        this.dataset = dataset;
        this.profile = profile;
        this.strategy = strategy;
        this.count = count;
        this.options = options;
        strategy.addListener((o, old, now) -> strategyChanged());
        for (Observable input : new Observable[] {dataset, profile, count, protocol, candidateCount, candidateSeed,
                demoSource, demoCount, nativeThinking, letterIndex}) {
            input.addListener(o -> refresh());
        }
        version.addListener((o, old, now) -> {
            if (now != null) {
                chosen.put(now.template().id(), now);
                editorText.set(now.template().text());
            }
        });
        editorText.addListener((o, old, now) -> render());
        strategyChanged();
    }

    /** The template version a run of this strategy uses: the one picked, else the built-in one. */
    public PromptTemplate templateFor(PromptStrategy forStrategy) {
        TemplateChoice choice = chosen.get(forStrategy.id());
        return choice == null ? forStrategy.defaultTemplate() : choice.template();
    }

    /** The options a run uses. */
    public RunSettings settings() {
        return new RunSettings(new CandidateSpec(protocol.get(), candidateCount.get(), candidateSeed.get()),
                demoSource.get(), demoCount.get(), nativeThinking.get(), bootstrapOrders.get(), letterIndex.get());
    }

    /** Saves the editor's text as a new named version of the strategy's template and picks it for runs. */
    public void saveAsNewVersion() {
        PromptStrategy current = strategy.get();
        if (current == null) {
            return;
        }
        String name = versionName.get() == null || versionName.get().isBlank()
                ? "Edited " + (versions.size() + 1) : versionName.get();
        String text = editorText.get();
        background.run("save template", () -> templates.saveNew(current.id(), name, text), saved -> {
            TemplateChoice choice = choice(saved);
            versions.add(choice);
            version.set(choice);
            versionName.set("");
            previewMessage.set("Saved as " + choice.label() + "; runs of this strategy now use it.");
        }, error -> previewMessage.set("Could not save the template: " + error.getMessage()));
    }

    /** Goes back to the built-in template for runs and for the editor. */
    public void revertToBuiltIn() {
        versions.stream().filter(TemplateChoice::isBuiltIn).findFirst().ifPresent(version::set);
    }

    private void strategyChanged() {
        PromptStrategy current = strategy.get();
        ranksCandidates.set(current != null && current.ranksCandidates());
        usesDemonstrations.set(current != null && current.usesDemonstrations());
        answersByLetter.set(current != null && current.answersByLetter());
        canBootstrap.set(current != null && current.ranksCandidates() && !(current instanceof StepwiseStrategy));
        if (current == null) {
            versions.clear();
            return;
        }
        TemplateChoice builtIn = TemplateChoice.builtIn(current.defaultTemplate());
        versions.setAll(builtIn);
        version.set(chosen.getOrDefault(current.id(), builtIn));
        background.run("list template versions", () -> templates.versions(current.id()), saved -> {
            if (current == strategy.get()) {
                // Added rather than replaced: replacing the list would clear the picker's value.
                saved.stream().map(PromptWorkbenchViewModel::choice).filter(c -> !versions.contains(c))
                        .forEach(versions::add);
            }
        }, error -> previewMessage.set("Saved template versions could not be read: " + error.getMessage()));
        refresh();
    }

    /** Draws candidates and demonstrations for the preview in the background; older draws are dropped. */
    public void refresh() {
        int mine = ++generation;
        if (dataset.get() == null || profile.get() == null || strategy.get() == null) {
            prepared = null;
            preview.clear();
            previewMessage.set("Pick a profile to see the prompt.");
            return;
        }
        RecommendationRequest request;
        try {
            request = new RecommendationRequest(dataset.get(), profile.get(), strategy.get(),
                    templateFor(strategy.get()), null, null, options.get(), count.get(), List.of(), settings());
        } catch (IllegalArgumentException e) {
            previewMessage.set(e.getMessage());
            return;
        }
        background.run("prepare preview", () -> service.prepare(request), ready -> {
            if (mine == generation) {
                prepared = ready;
                candidatesLabel.set(ready.candidates() == null ? "" : "Candidates: " + ready.candidates().label()
                        + (ready.candidates().note().isEmpty() ? "" : ". " + ready.candidates().note()));
                render();
            }
        }, error -> {
            if (mine == generation) {
                previewMessage.set("The prompt cannot be built: " + error.getMessage());
            }
        });
    }

    /** Renders the editor's text with the drawn inputs; a broken template is a message, not an exception. */
    private void render() {
        if (prepared == null || prepared.request().strategy() != strategy.get()) {
            return;
        }
        PromptStrategy current = strategy.get();
        PromptTemplate edited = new PromptTemplate(current.id(), version.get() == null ? 1
                : version.get().template().version(), editorText.get());
        try {
            List<PromptSegment> segments = current.build(prepared.input(), edited).prompt().segments();
            preview.setAll(segments);
            GenerationOptions o = options.get();
            TokenBudget budget = TokenBudget.estimate(segments.stream().map(PromptSegment::text)
                    .reduce("", String::concat), o.numCtx(), o.numPredict());
            tokens.set(budget.describe());
            tokenWarning.set(budget.truncated() || budget.tight());
            previewMessage.set(edited.text().equals(templateFor(current).text()) ? ""
                    : "Edited, not saved: runs use the saved version until you save this one.");
        } catch (IllegalArgumentException e) {
            previewMessage.set("The template has a mistake: " + e.getMessage());
        }
    }

    private static TemplateChoice choice(SavedTemplate saved) {
        return new TemplateChoice(saved.template(), "v" + saved.template().version() + " · " + saved.name());
    }

    public ObjectProperty<CandidateProtocol> protocolProperty() {
        return protocol;
    }

    public ObjectProperty<Integer> candidateCountProperty() {
        return candidateCount;
    }

    public ObjectProperty<Integer> candidateSeedProperty() {
        return candidateSeed;
    }

    public ObjectProperty<DemoSource> demoSourceProperty() {
        return demoSource;
    }

    public ObjectProperty<Integer> demoCountProperty() {
        return demoCount;
    }

    public BooleanProperty nativeThinkingProperty() {
        return nativeThinking;
    }

    /** Candidates labelled (A), (B), … and the answer read as letters, as LlamaRec does. */
    public BooleanProperty letterIndexProperty() {
        return letterIndex;
    }

    /** True when the chosen strategy can answer by letter. */
    public BooleanProperty answersByLetterProperty() {
        return answersByLetter;
    }

    public ObjectProperty<Integer> bootstrapOrdersProperty() {
        return bootstrapOrders;
    }

    public ObservableList<TemplateChoice> versions() {
        return versions;
    }

    public ObjectProperty<TemplateChoice> versionProperty() {
        return version;
    }

    public StringProperty editorTextProperty() {
        return editorText;
    }

    public StringProperty versionNameProperty() {
        return versionName;
    }

    public ObservableList<PromptSegment> preview() {
        return preview;
    }

    public StringProperty previewMessageProperty() {
        return previewMessage;
    }

    public StringProperty tokensProperty() {
        return tokens;
    }

    public BooleanProperty tokenWarningProperty() {
        return tokenWarning;
    }

    public StringProperty candidatesLabelProperty() {
        return candidatesLabel;
    }

    public BooleanProperty ranksCandidatesProperty() {
        return ranksCandidates;
    }

    public BooleanProperty usesDemonstrationsProperty() {
        return usesDemonstrations;
    }

    public BooleanProperty canBootstrapProperty() {
        return canBootstrap;
    }

    public ReadOnlyObjectProperty<PromptStrategy> strategyProperty() {
        return strategy;
    }
}
