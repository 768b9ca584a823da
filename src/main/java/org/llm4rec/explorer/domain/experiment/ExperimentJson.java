package org.llm4rec.explorer.domain.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.candidates.DemoSource;

/**
 * Experiment definitions as JSON: the experiment files of the command line and the stored copies. Every field
 * but the name, dataset and configurations has a default; an error names the field and what it accepts.
 *
 * <pre>{@code
 * {"name": "LLMRank vs baselines", "dataset": "ml-1m",
 *  "sample": {"kind": "random", "size": 200, "seed": 42},
 *  "protocol": {"heldOut": 1, "candidates": "target-plus-random", "candidateCount": 20, "historyLimit": 50,
 *               "seed": 42},
 *  "configurations": [{"strategy": "llmrank-sequential", "model": "llama3.2:3b", "options": {"temperature": 0}},
 *                     {"baseline": "popularity"}, {"baseline": "item-knn"}, {"baseline": "random"}],
 *  "repeats": 1}
 * }</pre>
 *
 * <p>{@code "candidates": "user-filtering"} draws NIR's candidates as the window does; with it,
 * {@code "targetInCandidatesOnly": true} scores only users whose candidates hold the target (NIR's published
 * choice) and counts the others as excluded. {@code "historyOrder": "shuffled"} or {@code "fake"} shows the
 * history shuffled or replaced by random items, and {@code "targetPosition": 5} always puts the target fifth
 * among the candidates (the studies of order and position bias).
 */
public final class ExperimentJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExperimentJson() {
    }

    public static String write(ExperimentDefinition d) {
        return text(tree(d));
    }

    /** The definition as a JSON tree, for exports that embed it. */
    public static ObjectNode tree(ExperimentDefinition d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", d.name());
        root.put("dataset", d.datasetId());
        ObjectNode sample = root.putObject("sample");
        sample.put("kind", token(d.sample().kind().name()));
        sample.put("size", d.sample().size());
        sample.put("seed", d.sample().seed());
        if (!d.sample().category().isEmpty()) {
            sample.put("category", d.sample().category());
        }
        Protocol p = d.protocol();
        ObjectNode protocol = root.putObject("protocol");
        protocol.put("heldOut", p.heldOut());
        protocol.put("candidates", token(p.candidateMode().name()));
        protocol.put("candidateCount", p.candidateCount());
        protocol.put("historyLimit", p.historyLimit());
        protocol.put("seed", p.seed());
        if (p.candidateMode() == CandidateMode.USER_FILTERING) {
            protocol.put("targetInCandidatesOnly", p.targetInCandidatesOnly());
        }
        // Written only when set, so that files and stored definitions of ordinary experiments stay as they were.
        if (p.historyOrder() != HistoryOrder.REAL) {
            protocol.put("historyOrder", token(p.historyOrder().name()));
        }
        if (p.targetPosition() != 0) {
            protocol.put("targetPosition", p.targetPosition());
        }
        protocol.put("description", p.describe());
        ArrayNode configurations = root.putArray("configurations");
        for (Configuration c : d.configurations()) {
            ObjectNode node = configurations.addObject();
            if (c.isBaseline()) {
                node.put("baseline", token(c.baseline().name()));
            } else {
                node.put("strategy", c.strategyId());
                node.put("model", c.model());
                node.set("options", JSON.valueToTree(c.options()));
                ObjectNode settings = node.putObject("settings");
                settings.put("demoSource", token(c.settings().demoSource().name()));
                settings.put("demoCount", c.settings().demoCount());
                settings.put("nativeThinking", c.settings().nativeThinking());
                settings.put("bootstrapOrders", c.settings().bootstrapOrders());
                if (c.templateVersion() != Configuration.BUILT_IN_TEMPLATE) {
                    node.put("templateVersion", c.templateVersion());
                }
            }
            node.put("listLength", c.listLength());
        }
        root.put("repeats", d.repeats());
        return root;
    }

    /**
     * @param source where the text came from, named in error messages (a file name)
     * @throws IllegalArgumentException naming the source and the field when the text is not a valid definition
     */
    public static ExperimentDefinition read(String text, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + "): "
                    + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(source + " must hold a JSON object with name, dataset and"
                    + " configurations.");
        }
        try {
            return definition(root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static ExperimentDefinition definition(JsonNode root) {
        onlyKnown(root, "", "name", "dataset", "sample", "protocol", "configurations", "repeats");
        JsonNode sampleNode = root.path("sample");
        onlyKnown(sampleNode, "sample.", "kind", "size", "seed", "category");
        UserSample sample = new UserSample(
                enumOf(UserSample.Kind.class, sampleNode.path("kind").asText("random"), "sample.kind"),
                integer(sampleNode, "size", 100, "sample.size"), sampleNode.path("seed").asLong(42),
                sampleNode.path("category").asText(""));
        JsonNode p = root.path("protocol");
        // "description" is the protocol's text, which written definitions carry for readers.
        onlyKnown(p, "protocol.", "heldOut", "candidates", "candidateCount", "historyLimit", "seed",
                "targetInCandidatesOnly", "historyOrder", "targetPosition", "description");
        Protocol defaults = Protocol.leaveLastOneOut();
        Protocol protocol = new Protocol(integer(p, "heldOut", defaults.heldOut(), "protocol.heldOut"),
                enumOf(CandidateMode.class, p.path("candidates").asText("target-plus-random"), "protocol.candidates"),
                integer(p, "candidateCount", defaults.candidateCount(), "protocol.candidateCount"),
                integer(p, "historyLimit", defaults.historyLimit(), "protocol.historyLimit"),
                p.path("seed").asLong(defaults.seed()),
                bool(p, "targetInCandidatesOnly", false, "protocol.targetInCandidatesOnly"),
                enumOf(HistoryOrder.class, p.path("historyOrder").asText("real"), "protocol.historyOrder"),
                integer(p, "targetPosition", 0, "protocol.targetPosition"));
        JsonNode list = root.path("configurations");
        if (!list.isArray() || list.isEmpty()) {
            throw new IllegalArgumentException("\"configurations\" must be a non-empty list of"
                    + " {\"strategy\": ..., \"model\": ...} or {\"baseline\": \"popularity\"} objects.");
        }
        List<Configuration> configurations = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                configurations.add(configuration(list.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("configurations[" + i + "]: " + e.getMessage(), e);
            }
        }
        return new ExperimentDefinition(required(root, "name"), required(root, "dataset"), sample, protocol,
                configurations, integer(root, "repeats", 1, "repeats"));
    }

    private static Configuration configuration(JsonNode node) {
        onlyKnown(node, "", "strategy", "model", "options", "settings", "baseline", "listLength", "templateVersion");
        int length = integer(node, "listLength", Configuration.DEFAULT_LIST_LENGTH, "listLength");
        if (node.hasNonNull("baseline")) {
            return new Configuration(null, null, null, null,
                    enumOf(Baseline.class, node.get("baseline").asText(), "baseline"), length);
        }
        GenerationOptions options = options(node.path("options"));
        JsonNode s = node.path("settings");
        onlyKnown(s, "settings.", "demoSource", "demoCount", "nativeThinking", "bootstrapOrders");
        PromptSettings defaults = PromptSettings.defaults();
        PromptSettings settings = new PromptSettings(
                enumOf(DemoSource.class, s.path("demoSource").asText(token(defaults.demoSource().name())),
                        "settings.demoSource"),
                integer(s, "demoCount", defaults.demoCount(), "settings.demoCount"),
                s.path("nativeThinking").asBoolean(defaults.nativeThinking()),
                integer(s, "bootstrapOrders", defaults.bootstrapOrders(), "settings.bootstrapOrders"));
        return new Configuration(required(node, "strategy"), required(node, "model"), options, settings, null,
                length, integer(node, "templateVersion", Configuration.BUILT_IN_TEMPLATE, "templateVersion"));
    }

    /** The given fields over the app's defaults; an explicit null leaves the field to the server. */
    private static GenerationOptions options(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return GenerationOptions.defaults();
        }
        ObjectNode merged = JSON.valueToTree(GenerationOptions.defaults());
        node.fields().forEachRemaining(f -> {
            if (!merged.has(f.getKey())) {
                throw new IllegalArgumentException("options: unknown option \"" + f.getKey() + "\"; known: "
                        + String.join(", ", iterable(merged)) + ".");
            }
            merged.set(f.getKey(), f.getValue());
        });
        GenerationOptions options;
        try {
            options = JSON.treeToValue(merged, GenerationOptions.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("options: " + e.getOriginalMessage(), e);
        }
        atLeast(options.temperature(), 0, "options.temperature");
        atLeast(options.topP(), 0, "options.topP");
        atMost(options.topP(), 1, "options.topP");
        atLeast(options.topK(), 0, "options.topK");
        atLeast(options.numCtx(), 1, "options.numCtx");
        // Ollama reads -1 as "no limit" and -2 as "until the context is full".
        atLeast(options.numPredict(), -2, "options.numPredict");
        atLeast(options.repeatPenalty(), 0, "options.repeatPenalty");
        return options;
    }

    private static void atLeast(Number value, double least, String path) {
        if (value != null && value.doubleValue() < least) {
            throw new IllegalArgumentException("\"" + path + "\" is " + value + "; it must be at least "
                    + number(least) + ".");
        }
    }

    private static void atMost(Number value, double most, String path) {
        if (value != null && value.doubleValue() > most) {
            throw new IllegalArgumentException("\"" + path + "\" is " + value + "; it must be at most "
                    + number(most) + ".");
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** A field the app does not read is a mistake (a typo, a field of another version): it is named, not ignored. */
    private static void onlyKnown(JsonNode node, String path, String... known) {
        if (!node.isObject()) {
            return;
        }
        List<String> fields = List.of(known);
        node.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                throw new IllegalArgumentException("unknown field \"" + path + name + "\"; known here: "
                        + String.join(", ", fields) + ".");
            }
        });
    }

    private static List<String> iterable(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("\"" + field + "\" is missing or not a text.");
        }
        return value.asText();
    }

    private static int integer(JsonNode node, String field, int fallback, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("\"" + path + "\" must be a whole number, not " + value + ".");
        }
        return value.asInt();
    }

    private static boolean bool(JsonNode node, String field, boolean fallback, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException("\"" + path + "\" must be true or false, not " + value + ".");
        }
        return value.asBoolean();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String text, String path) {
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(wanted)) {
                return value;
            }
        }
        List<String> known = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            known.add(token(value.name()));
        }
        throw new IllegalArgumentException("\"" + path + "\" is \"" + text + "\"; use one of " + known + ".");
    }

    /** RANDOM_WITH_TARGET → random-with-target, the spelling files use. */
    static String token(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }
}
