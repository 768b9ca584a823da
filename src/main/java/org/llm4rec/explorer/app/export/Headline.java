package org.llm4rec.explorer.app.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.llm4rec.explorer.domain.grounding.CitationShare;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.llm.LlmMetrics;

/** The few figures a summary shows for a run, as short phrases. */
final class Headline {
    private Headline() {
    }

    static List<String> of(RunRecord run) {
        List<Recommendation> items = run.recommendations();
        List<String> parts = new ArrayList<>();
        parts.add(run.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        parts.add(items.size() + " items");
        parts.add(items.stream().filter(r -> r.grounding().grounded()).count() + " in the catalogue");
        parts.add(items.stream().filter(Recommendation::hit).count() + " held-out hits");
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

    /** How an item was matched to the catalogue, with its flags. */
    static String grounding(Recommendation item) {
        StringBuilder text = new StringBuilder(item.grounding().grounded()
                ? "in catalogue (" + item.grounding().method().name().toLowerCase(Locale.ROOT)
                + String.format(Locale.ROOT, ", %.2f", item.grounding().confidence()) + ", id "
                + item.grounding().item().id() + ")"
                : "not in catalogue");
        item.flags().stream().map(f -> f.label()).sorted().forEach(f -> text.append("; ").append(f));
        if (item.hit()) {
            text.append("; hit: held-out target");
        }
        return text.toString();
    }

    static String subtitle(RunRecord run) {
        return run.model() + " · " + run.profileName() + " · " + run.createdAt();
    }
}
