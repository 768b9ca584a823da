package org.llm4rec.explorer.app.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The JSON export: every field of every run, under a schema name and version so that a reader can tell what it
 * holds. Unknown properties are ignored on reading, so that exports of a later minor version still open.
 */
public final class ComparisonJson {
    public static final String SCHEMA = "llm4rec-explorer/comparison";
    public static final int VERSION = 1;
    /** The extension of a comparison file: this JSON under the app's own name, which installers associate with it. */
    public static final String FILE_EXTENSION = "llm4rec";
    private static final String WHAT_OPENS = "Open a comparison file (." + FILE_EXTENSION + ", made with File ▸ Save"
            + " comparison as…) or a file made with File ▸ Export comparison ▸ JSON.";

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new SimpleModule().addSerializer(Instant.class, new InstantWriter())
                    .addDeserializer(Instant.class, new InstantReader()))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public void write(Comparison comparison, Writer out) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("schemaVersion", VERSION);
        root.setAll((ObjectNode) mapper.valueToTree(comparison));
        // Written for readers of the file; on reading it is derived from the votes again.
        root.set("leaderboard", mapper.valueToTree(comparison.leaderboard()));
        root.put("leaderboardIntervals", org.llm4rec.explorer.domain.judge.Leaderboard.INTERVAL_METHOD);
        mapper.writeValue(out, root);
    }

    public Comparison read(Reader in, Path file) {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (IOException e) {
            throw new ExportException(file, "not readable JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + "). " + WHAT_OPENS, e);
        }
        if (root == null || !root.isObject() || !SCHEMA.equals(root.path("schema").asText())) {
            throw new ExportException(file, "not a comparison exported by LLM4Rec Explorer (its \"schema\" is not "
                    + "\"" + SCHEMA + "\"). " + WHAT_OPENS);
        }
        int version = root.path("schemaVersion").asInt(-1);
        if (version < 1 || version > VERSION) {
            throw new ExportException(file, "schema version " + root.path("schemaVersion") + " is not supported;"
                    + " this version of the app reads versions 1 to " + VERSION + ". Update the app to open it.");
        }
        try {
            return mapper.treeToValue(root, Comparison.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new ExportException(file, "a field cannot be read: " + e.getMessage().lines().findFirst()
                    .orElse(""), e);
        }
    }

    private static final class InstantWriter extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(value.toString());
        }
    }

    private static final class InstantReader extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser in, DeserializationContext context) throws IOException {
            try {
                return Instant.parse(in.getValueAsString());
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, in.getValueAsString(),
                        "not an ISO-8601 instant");
            }
        }
    }
}
