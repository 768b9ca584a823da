package org.llm4rec.explorer.app.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.llm4rec.explorer.domain.grounding.CitationShare;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.llm.LlmMetrics;
import org.llm4rec.explorer.domain.run.Badges;
import org.llm4rec.explorer.domain.run.RunRecord;

/** The few figures a summary shows for a run, as short phrases. */
final class Headline {
    private Headline() {
    }

    static List<String> of(RunRecord run) {
        List<Recommendation> items = run.recommendations();
        List<String> parts = new ArrayList<>();
        parts.add(ReportText.words(run.status()));
        parts.add(ReportText.count(items.size(), "item", "items"));
        parts.add(items.stream().filter(r -> r.grounding().grounded()).count() + " in the catalogue");
        parts.add(ReportText.count(items.stream().filter(Recommendation::hit).count(), "held-out hit",
                "held-out hits"));
        String citations = CitationShare.of(items).describe();
        if (!citations.isEmpty()) {
            parts.add(citations);
        }
        LlmMetrics m = run.metrics();
        if (m != null) {
            parts.add(String.format(Locale.ROOT, "%.2f s total", m.totalMs() / 1000.0));
            if (m.promptTokens() != null) {
                parts.add(m.promptTokens() + " prompt tokens");
            }
            if (m.outputTokens() != null) {
                parts.add(m.outputTokens() + " output tokens");
            }
            if (m.tokensPerSecond() != null) {
                parts.add(String.format(Locale.ROOT, "%.1f tokens/s", m.tokensPerSecond()));
            }
            if (m.cached()) {
                parts.add("from the response cache");
            }
        }
        return parts;
    }

    /** How an item was matched to the catalogue, with its badges as the window shows them. */
    static String grounding(RunRecord run, Recommendation item) {
        return Badges.of(run, item).stream().map(Badges.Badge::label).collect(Collectors.joining("; "));
    }

    static String subtitle(RunRecord run) {
        return run.model() + " · " + run.profileName() + " · " + ReportText.time(run.createdAt());
    }
}
