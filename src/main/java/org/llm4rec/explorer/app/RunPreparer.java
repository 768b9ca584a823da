package org.llm4rec.explorer.app;

import java.util.List;
import org.llm4rec.explorer.app.port.CatalogueRepository;
import org.llm4rec.explorer.app.port.RunSettings;
import org.llm4rec.explorer.domain.candidates.CandidateGenerator;
import org.llm4rec.explorer.domain.candidates.CandidateSet;
import org.llm4rec.explorer.domain.candidates.DemonstrationPicker;
import org.llm4rec.explorer.domain.candidates.Interactions;
import org.llm4rec.explorer.domain.prompt.Demonstration;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.domain.prompt.StrategyInput;

/** Draws what a request needs before its prompt can be built: candidates and demonstrations. */
final class RunPreparer {
    private final CandidateGenerator candidates;
    private final DemonstrationPicker demonstrations;

    RunPreparer(CatalogueRepository catalogue, Interactions interactions) {
        this.candidates = new CandidateGenerator(catalogue, interactions);
        this.demonstrations = new DemonstrationPicker(catalogue, interactions);
    }

    PreparedRun prepare(RecommendationRequest request) {
        PromptStrategy strategy = request.strategy();
        RunSettings settings = request.settings();
        String datasetId = request.dataset().id();
        CandidateSet set = null;
        if (strategy.ranksCandidates()) {
            set = request.candidates().isEmpty()
                    ? candidates.generate(datasetId, request.profile(), settings.candidates())
                    : new CandidateSet(settings.candidates().protocol(), settings.candidates().seed(), false,
                            request.candidates(), "Candidates given with the request.");
        }
        List<Demonstration> demos = strategy.usesDemonstrations()
                ? demonstrations.pick(datasetId, request.profile(), settings.demoSource(), settings.demoCount(),
                        settings.candidates().seed())
                : List.of();
        StrategyInput input = new StrategyInput(request.dataset(), request.profile(), request.count(),
                set == null ? List.of() : set.items(), demos, settings.nativeThinking(),
                settings.letterIndex() && strategy.answersByLetter());
        return new PreparedRun(request, set, input);
    }
}
