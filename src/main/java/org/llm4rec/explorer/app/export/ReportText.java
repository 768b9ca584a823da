package org.llm4rec.explorer.app.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.llm.LlmMetrics;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.domain.prompt.Strategies;

/** Run fields as a reader who has never seen the app reads them: words and units, not field dumps. */
final class ReportText {
    /** Minutes are precise enough for a reader; the exact instant stays in the JSON and CSV exports. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ReportText() {
    }

    /** "7 December 2026, 10:04 UTC". */
    static String time(Instant instant) {
        return instant == null ? "unknown time" : WHEN.format(instant);
    }

    /** "temperature 0.2 · top-p 0.9 · …"; options left to the server are not listed. */
    static String options(GenerationOptions o) {
        if (o == null) {
            return "the server's defaults";
        }
        List<String> parts = new ArrayList<>();
        add(parts, "temperature", o.temperature());
        add(parts, "top-p", o.topP());
        add(parts, "top-k", o.topK());
        add(parts, "seed", o.seed());
        if (o.numCtx() != null) {
            parts.add("context window " + String.format(Locale.ROOT, "%,d", o.numCtx()) + " tokens");
        }
        if (o.numPredict() != null) {
            parts.add("at most " + String.format(Locale.ROOT, "%,d", o.numPredict()) + " output tokens");
        }
        add(parts, "repeat penalty", o.repeatPenalty());
        if (!o.stop().isEmpty()) {
            parts.add("stops at " + String.join(", ", o.stop().stream().map(s -> "\"" + s + "\"").toList()));
        }
        if (o.think() != null) {
            parts.add(o.think() ? "thinking on" : "thinking off");
        }
        if (o.keepAlive() != null) {
            parts.add(o.keepAlive() < 0 ? "model kept loaded" : o.keepAlive() == 0 ? "model unloaded after the answer"
                    : "model kept loaded " + o.keepAlive() + " s after the answer");
        }
        return parts.isEmpty() ? "the server's defaults" : String.join(" · ", parts);
    }

    /** "first token 0.41 s · total 2.30 s · …", or a sentence when there are none (a failed run). */
    static String timings(LlmMetrics m) {
        if (m == null) {
            return "none recorded (the model gave no complete answer)";
        }
        List<String> parts = new ArrayList<>();
        if (m.timeToFirstTokenMs() != null) {
            parts.add("first token after " + seconds(m.timeToFirstTokenMs()));
        }
        parts.add("answer complete after " + seconds(m.totalMs()));
        if (m.loadMs() != null) {
            parts.add("model load " + seconds(m.loadMs()));
        }
        if (m.promptTokens() != null) {
            parts.add(m.promptTokens() + " prompt tokens");
        }
        if (m.outputTokens() != null) {
            parts.add(m.outputTokens() + " output tokens");
        }
        if (m.tokensPerSecond() != null) {
            parts.add(String.format(Locale.ROOT, "%.1f tokens per second", m.tokensPerSecond()));
        }
        if (m.servedBy() != null) {
            parts.add("served by " + m.servedBy());
        }
        if (m.cached()) {
            parts.add("replayed from the response cache");
        }
        return String.join(" · ", parts);
    }

    /** "3 held-out hits", "1 held-out hit". */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** A strategy's display name; the id when the strategy is not built in any more. */
    static String strategy(String strategyId) {
        return Strategies.byId(strategyId).map(PromptStrategy::name).orElse(strategyId);
    }

    /** A leaderboard key "strategy-id · model" with the strategy's display name. */
    static String configuration(String key) {
        int cut = key.indexOf(" · ");
        return cut < 0 ? strategy(key) : strategy(key.substring(0, cut)) + key.substring(cut);
    }

    /** An enum constant as words: PARSE_FAILED is "parse failed". */
    static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.2f s", ms / 1000.0);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + " " + value);
        }
    }
}
