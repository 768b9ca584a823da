package org.llm4rec.explorer.dataset.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Mappings written down: "user=uid,item=iid,rating=stars" on the command line, and a JSON file for saved
 * mappings and scripts:
 * <pre>{"columns": {"user": "uid", "item": "iid", "rating": "stars", "categories": "genres"},
 *  "categorySeparator": "|", "delimiter": "\t", "header": true,
 *  "items": {"file": "items.tsv", "columns": {"item": "id", "title": "name"}}}</pre>
 * Layout fields (delimiter, quoted, header, json, encoding) are optional: what is left out is detected.
 */
public final class MappingSpec {
    private MappingSpec() {
    }

    /** "user=uid,item=iid" → roles; an {@link ImportException} names an unknown role or a part without "=". */
    public static Map<Role, String> parseRoles(String spec) {
        Map<Role, String> roles = new EnumMap<>(Role.class);
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new ImportException("'" + part.strip() + "' in the mapping is not ROLE=COLUMN (for example"
                        + " user=uid,item=iid,rating=stars).");
            }
            String key = part.substring(0, eq);
            Role role = Role.byKey(key).orElseThrow(() -> new ImportException("Unknown role '" + key.strip()
                    + "' in the mapping; roles: " + roleKeys() + "."));
            roles.put(role, part.substring(eq + 1).strip());
        }
        return roles;
    }

    static String roleKeys() {
        return String.join(", ", java.util.Arrays.stream(Role.values()).map(Role::key).toList());
    }

    /**
     * Reads a mapping JSON file for the interactions file; the items file, when named, is found relative to the
     * mapping file.
     */
    public static ColumnMapping readJson(Path json, Path interactionsFile) throws IOException {
        JsonNode root;
        String text;
        try {
            text = Files.readString(json);
        } catch (IOException e) {
            throw new ImportException("The mapping file " + json + " cannot be read: " + e, e);
        }
        try {
            root = Values.Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            // Jackson's own message ends in "at [Source: REDACTED …]", which says nothing to people.
            throw new ImportException("The mapping file " + json + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + "): "
                    + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("columns").isObject()) {
            throw new ImportException("The mapping file " + json + " has no \"columns\" object, such as"
                    + " {\"columns\": {\"user\": \"uid\", \"item\": \"iid\"}}.");
        }
        ColumnMapping.FileMapping items = null;
        if (root.path("items").isObject()) {
            JsonNode node = root.get("items");
            if (!node.hasNonNull("file")) {
                throw new ImportException("The mapping file " + json + " has \"items\" without a \"file\".");
            }
            Path base = json.toAbsolutePath().getParent();
            items = fileMapping(base.resolve(node.get("file").asText()), node);
        }
        return new ColumnMapping(fileMapping(interactionsFile, root), items, root.path("categorySeparator").asText(""));
    }

    private static ColumnMapping.FileMapping fileMapping(Path file, JsonNode node) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException("Nothing to import at " + file + ": no such file.");
        }
        TextLayout layout = FileSample.detect(file);
        if (node.has("json")) {
            layout = node.get("json").asBoolean() ? TextLayout.jsonLines(layout.charset())
                    : new TextLayout(false, layout.delimiter(), layout.quoted(), layout.header(), layout.charset());
        }
        if (node.has("delimiter")) {
            layout = layout.withDelimiter(node.get("delimiter").asText());
        }
        if (node.has("quoted")) {
            layout = layout.withQuoted(node.get("quoted").asBoolean());
        }
        if (node.has("header")) {
            layout = layout.withHeader(node.get("header").asBoolean());
        }
        if (node.has("encoding")) {
            layout = new TextLayout(layout.json(), layout.delimiter(), layout.quoted(), layout.header(),
                    Charset.forName(node.get("encoding").asText()));
        }
        return new ColumnMapping.FileMapping(file, layout, roles(node.path("columns")));
    }

    private static Map<Role, String> roles(JsonNode columns) {
        Map<Role, String> roles = new EnumMap<>(Role.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = columns.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Role role = Role.byKey(e.getKey()).orElseThrow(() -> new ImportException("Unknown role '" + e.getKey()
                    + "' in the mapping; roles: " + roleKeys() + "."));
            roles.put(role, e.getValue().asText());
        }
        return roles;
    }

    /** The roles and separator as the JSON a saved mapping keeps: {"columns": {...}, "categorySeparator": "|"}. */
    public static String rolesJson(Map<Role, String> roles, String categorySeparator) {
        ObjectNode root = Values.Json.MAPPER.createObjectNode();
        ObjectNode columns = root.putObject("columns");
        roles.forEach((role, column) -> columns.put(role.key(), column));
        root.put("categorySeparator", categorySeparator == null ? "" : categorySeparator);
        return root.toString();
    }

    /** A saved mapping's roles and separator; empty roles when the text cannot be read. */
    public static Saved readSaved(String json) {
        try {
            JsonNode root = Values.Json.MAPPER.readTree(json);
            return new Saved(roles(root.path("columns")), root.path("categorySeparator").asText(""));
        } catch (IOException | ImportException e) {
            return new Saved(new LinkedHashMap<>(), "");
        }
    }

    /** A mapping kept for a header: which column each role was read from. */
    public record Saved(Map<Role, String> roles, String categorySeparator) {
    }
}
