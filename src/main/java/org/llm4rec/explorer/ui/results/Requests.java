package org.llm4rec.explorer.ui.results;

import java.util.List;
import org.llm4rec.explorer.app.port.ColumnConfiguration;
import org.llm4rec.explorer.app.RecommendationRequest;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;

/** Variations of a request that columns make: other candidates, another profile, one repeat. */
final class Requests {
    private Requests() {
    }

    static RecommendationRequest withCandidates(RecommendationRequest r, List<Item> candidates) {
        return new RecommendationRequest(r.dataset(), r.profile(), r.strategy(), r.template(), r.model(),
                r.serverVersion(), r.options(), r.count(), candidates, r.settings(), r.repeatIndex(),
                r.bypassCache());
    }

    static RecommendationRequest onProfile(RecommendationRequest r, Profile profile) {
        return new RecommendationRequest(r.dataset(), profile, r.strategy(), r.template(), r.model(),
                r.serverVersion(), r.options(), r.count(), r.candidates(), r.settings(), r.repeatIndex(),
                r.bypassCache());
    }

    /** Repeat {@code index} of the configuration: its seed moved on by the index. */
    static RecommendationRequest repeat(RecommendationRequest r, ColumnConfiguration configuration, int index) {
        return new RecommendationRequest(r.dataset(), r.profile(), r.strategy(), r.template(), r.model(),
                r.serverVersion(), configuration.optionsOfRepeat(index), r.count(), r.candidates(), r.settings(),
                index, r.bypassCache());
    }
}
