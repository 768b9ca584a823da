package org.llm4rec.explorer.app.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.candidates.CandidateSet;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.judge.Criterion;
import org.llm4rec.explorer.domain.judge.JudgeCriterion;
import org.llm4rec.explorer.domain.judge.JudgeRubric;
import org.llm4rec.explorer.domain.judge.ModelJudgement;
import org.llm4rec.explorer.domain.judge.Rating;
import org.llm4rec.explorer.domain.llm.LlmMetrics;
import org.llm4rec.explorer.domain.run.Badges;
import org.llm4rec.explorer.domain.run.RunRecord;

/**
 * The CSV export: one row per recommended item with every field of its run beside it (a run without items still
 * gets one row, so failed runs are not lost); an item rated by several people gets one row per rating, each with
 * the label's origin, rater and time, and one row per model judge that scored it, in the model_judge_ columns
 * (model, template version, a score per criterion, reason), so that a row never holds both a person's and a
 * model's scores. Nested values (options, steps, candidates) are compact JSON in one
 * cell. Quoting follows RFC 4180 (CRLF between records), and cells that a spreadsheet would run as formulas are
 * neutralised ({@link CsvCell}).
 */
public final class ComparisonCsv {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * One row: a column, one of its items or null, and one label of that item or none: a person's rating or a model
     * judge's scores, never both in one row.
     */
    private record Row(ExportedColumn column, Recommendation item, Rating rating, ModelJudgement judgement) {
        RunRecord run() {
            return column.run();
        }

        Item matched() {
            return item == null ? null : item.grounding().item();
        }

        LlmMetrics metrics() {
            return column.run().metrics();
        }

        CandidateSet candidates() {
            return column.run().candidates();
        }
    }

    private static final Map<String, Function<Row, Object>> FIELDS = fields();

    private static Map<String, Function<Row, Object>> fields() {
        Map<String, Function<Row, Object>> f = new LinkedHashMap<>();
        f.put("column", r -> r.column().title());
        f.put("run_id", r -> r.run().id());
        f.put("created_at", r -> r.run().createdAt());
        f.put("dataset_id", r -> r.run().datasetId());
        f.put("dataset_version", r -> r.run().datasetVersion());
        f.put("profile_id", r -> r.run().profileId());
        f.put("profile_name", r -> r.run().profileName());
        f.put("profile_hash", r -> r.run().profileHash());
        f.put("strategy_id", r -> r.run().strategyId());
        f.put("template_id", r -> r.run().templateId());
        f.put("template_version", r -> r.run().templateVersion());
        f.put("model", r -> r.run().model());
        f.put("model_digest", r -> r.run().modelDigest());
        f.put("server_version", r -> r.run().serverVersion());
        f.put("options_json", r -> json(r.run().options()));
        f.put("status", r -> r.run().status());
        f.put("failure", r -> r.run().failure());
        f.put("message", r -> r.run().message());
        f.put("parse_status", r -> r.run().parseStatus());
        f.put("time_to_first_token_ms", r -> r.metrics() == null ? null : r.metrics().timeToFirstTokenMs());
        f.put("total_ms", r -> r.metrics() == null ? null : r.metrics().totalMs());
        f.put("load_ms", r -> r.metrics() == null ? null : r.metrics().loadMs());
        f.put("prompt_tokens", r -> r.metrics() == null ? null : r.metrics().promptTokens());
        f.put("output_tokens", r -> r.metrics() == null ? null : r.metrics().outputTokens());
        f.put("eval_ms", r -> r.metrics() == null ? null : r.metrics().evalMs());
        f.put("served_by", r -> r.metrics() == null ? null : r.metrics().servedBy());
        f.put("cached", r -> r.metrics() == null ? null : r.metrics().cached());
        f.put("candidate_protocol", r -> r.candidates() == null ? null : r.candidates().protocol());
        f.put("candidate_seed", r -> r.candidates() == null ? null : r.candidates().seed());
        f.put("candidates_include_target", r -> r.candidates() == null ? null : r.candidates().includesTarget());
        f.put("candidate_note", r -> r.candidates() == null ? null : r.candidates().note());
        f.put("candidates_json", r -> r.candidates() == null ? null : json(r.candidates().items()));
        f.put("steps_json", r -> r.run().steps().isEmpty() ? null : json(r.run().steps()));
        f.put("prompt_hash", r -> r.run().promptHash());
        f.put("prompt", r -> r.run().prompt());
        f.put("raw_response", r -> r.run().rawResponse());
        f.put("thinking", r -> r.run().thinking());
        f.put("rank", r -> r.item() == null ? null : r.item().rank());
        f.put("title", r -> r.item() == null ? null : r.item().title());
        f.put("creator", r -> r.item() == null ? null : r.item().creator());
        f.put("explanation", r -> r.item() == null ? null : r.item().explanation());
        f.put("grounding_method", r -> r.item() == null ? null : r.item().grounding().method());
        f.put("grounding_confidence", r -> r.item() == null ? null : r.item().grounding().confidence());
        f.put("item_id", r -> r.matched() == null ? null : r.matched().id());
        f.put("item_title", r -> r.matched() == null ? null : r.matched().title());
        f.put("item_creators", r -> r.matched() == null ? null : r.matched().creators());
        f.put("item_year", r -> r.matched() == null ? null : r.matched().year());
        f.put("item_categories", r -> r.matched() == null ? null : r.matched().categories());
        f.put("item_popularity", r -> r.matched() == null ? null : r.matched().popularity());
        f.put("flags", r -> r.item() == null ? null : Badges.flags(r.run(), r.item()).stream().map(Enum::name).sorted()
                .collect(Collectors.joining(";")));
        f.put("hit", r -> r.item() == null ? null : r.item().hit());
        f.put("rating_id", r -> r.rating() == null ? null : r.rating().id());
        f.put("rating_origin", r -> r.rating() == null ? null : r.rating().origin());
        f.put("rater", r -> r.rating() == null ? null : r.rating().rater());
        f.put("rated_at", r -> r.rating() == null ? null : r.rating().ratedAt());
        for (Criterion criterion : Criterion.values()) {
            f.put(criterion.name().toLowerCase(Locale.ROOT) + "_stars",
                    r -> r.rating() == null ? null : r.rating().scores().score(criterion));
        }
        f.put("rating_note", r -> r.rating() == null ? null : r.rating().note());
        f.put("model_judge_model", r -> r.judgement() == null ? null : r.judgement().model());
        f.put("model_judge_template_id", r -> r.judgement() == null ? null : r.judgement().templateId());
        f.put("model_judge_template_version", r -> r.judgement() == null ? null : r.judgement().templateVersion());
        Arrays.stream(JudgeRubric.values()).flatMap(rubric -> rubric.criteria().stream()).map(JudgeCriterion::key)
                .distinct().forEach(key -> f.put("model_judge_" + key, r -> r.judgement() == null ? null
                        : r.judgement().score(key).isPresent() ? r.judgement().score(key).getAsInt() : null));
        f.put("model_judge_reason", r -> r.judgement() == null ? null : r.judgement().reason());
        f.put("model_judge_problem", r -> r.judgement() == null ? null : r.judgement().problem());
        f.put("model_judged_at", r -> r.judgement() == null ? null : r.judgement().judgedAt());
        return f;
    }

    /** The header names, in order. */
    public static List<String> header() {
        return List.copyOf(FIELDS.keySet());
    }

    public void write(Comparison comparison, Writer out) throws IOException {
        record(out, header());
        for (ExportedColumn column : comparison.columns()) {
            List<Recommendation> items = column.run().recommendations();
            for (Recommendation item : orNull(items)) {
                List<Row> rows = new ArrayList<>();
                if (item != null) {
                    comparison.ratingsOf(column.run().id(), item.rank())
                            .forEach(rating -> rows.add(new Row(column, item, rating, null)));
                    comparison.modelJudgementsOf(column.run().id(), item.rank())
                            .forEach(judgement -> rows.add(new Row(column, item, null, judgement)));
                }
                for (Row row : rows.isEmpty() ? List.of(new Row(column, item, null, null)) : rows) {
                    List<String> values = new ArrayList<>();
                    FIELDS.values().forEach(field -> {
                        Object value = field.apply(row);
                        values.add(value == null ? "" : value.toString());
                    });
                    record(out, values);
                }
            }
        }
    }

    /** The values, or a single null when there are none, so that the row is written all the same. */
    private static <T> List<T> orNull(List<T> values) {
        return values.isEmpty() ? Collections.singletonList(null) : values;
    }

    private static void record(Writer out, List<String> values) throws IOException {
        out.write(values.stream().map(CsvCell::of).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Domain records always convert to JSON", e);
        }
    }
}
