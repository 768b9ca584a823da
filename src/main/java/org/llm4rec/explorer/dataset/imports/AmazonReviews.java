package org.llm4rec.explorer.dataset.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.llm4rec.explorer.domain.Item;

/**
 * Amazon Reviews, one JSON object per line, usually gzip-compressed. 2018 (and 2014): {@code reviews_X.json},
 * {@code X_5.json} or {@code X.json} with reviewerID, asin, overall, unixReviewTime (seconds), reviewText, and
 * {@code meta_X.json} with asin, title, brand, category/categories, description (2014 metadata is Python dict
 * syntax, read too). 2023: {@code X.jsonl} with user_id, asin, parent_asin, rating, timestamp (milliseconds),
 * text, and {@code meta_X.jsonl} with parent_asin, title, store, categories, main_category, description. The item
 * is parent_asin when present, else asin. Without a metadata file, items are the products reviewed, named by id.
 * A user's reviews of the same item are one interaction, the latest.
 */
final class AmazonReviews implements DatasetFormat {
    private static final String META = "meta_";
    private final String extension;
    private final String name;

    private AmazonReviews(String extension, String name) {
        this.extension = extension;
        this.name = name;
    }

    static AmazonReviews of2018() {
        return new AmazonReviews("json", "Amazon Reviews 2018");
    }

    static AmazonReviews of2023() {
        return new AmazonReviews("jsonl", "Amazon Reviews 2023");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String itemKind() {
        return "product";
    }

    @Override
    public boolean detects(DatasetSource source) {
        return !reviews(source).isEmpty();
    }

    private List<SourceFile> reviews(DatasetSource source) {
        return source.matching(f -> f.hasExtension(extension) && !f.lowerName().startsWith(META));
    }

    private List<SourceFile> metadata(DatasetSource source) {
        return source.matching(f -> f.hasExtension(extension) && f.lowerName().startsWith(META));
    }

    @Override
    public List<SourceFile> files(DatasetSource source) {
        List<SourceFile> files = new ArrayList<>(metadata(source));
        files.addAll(reviews(source));
        if (reviews(source).isEmpty()) {
            throw new ImportException("The " + name + " dataset at " + source.path() + " has no review file (*."
                    + extension + " or *." + extension + ".gz).");
        }
        return files;
    }

    @Override
    public void read(DatasetSource source, ImportSession session) throws IOException {
        // Whole stars from 1 to 5.
        session.ratingScale(1, 5);
        List<SourceFile> meta = metadata(source);
        for (SourceFile file : meta) {
            readLines(file, session, (node, line) -> addItem(node, file.name(), line, session));
        }
        session.itemsFromInteractions(meta.isEmpty());
        // 2018's reviews come grouped by product, not by user, and 2023's variants of a product share its parent:
        // a repeated pair can be anywhere.
        session.keepLatestOfEachPair();
        for (SourceFile file : reviews(source)) {
            readLines(file, session, (node, line) -> addReview(node, file.name(), line, session));
        }
    }

    private interface LineHandler {
        void handle(JsonNode node, long line);
    }

    private static void readLines(SourceFile file, ImportSession session, LineHandler handler) throws IOException {
        try (LineReader reader = new LineReader(new InputStreamReader(session.open(file), StandardCharsets.UTF_8))) {
            long line = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (reader.tooLong()) {
                    session.skip(file.name(), line, LineReader.TOO_LONG);
                    continue;
                }
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = Values.Json.MAPPER.readTree(text);
                } catch (JsonProcessingException e) {
                    session.skip(file.name(), line, "not a JSON object: " + e.getOriginalMessage());
                    continue;
                }
                if (!node.isObject()) {
                    session.skip(file.name(), line, "not a JSON object");
                    continue;
                }
                handler.handle(node, line);
            }
        }
    }

    private static void addItem(JsonNode node, String file, long line, ImportSession session) {
        String id = itemId(node);
        if (id.isEmpty()) {
            session.skip(file, line, "no parent_asin or asin");
            return;
        }
        String title = text(node, "title");
        Map<String, Object> details = new LinkedHashMap<>();
        String description = joined(node.get("description"), " ");
        if (!description.isEmpty()) {
            details.put("description", description);
        }
        for (String field : List.of("main_category", "price", "average_rating", "rating_number")) {
            if (node.hasNonNull(field) && !node.get(field).asText().isBlank()) {
                details.put(field, node.get(field).asText());
            }
        }
        Set<String> categories = new LinkedHashSet<>();
        for (String field : List.of("categories", "category")) {
            flatten(node.get(field), categories);
        }
        String creators = !text(node, "brand").isEmpty() ? text(node, "brand")
                : !text(node, "store").isEmpty() ? text(node, "store") : text(node, "author");
        session.item(file, line, new Item(id, title.isEmpty() ? id : title, creators, null,
                String.join(", ", categories), 0), details.isEmpty() ? null : Values.json(details));
    }

    private static void addReview(JsonNode node, String file, long line, ImportSession session) {
        String user = !text(node, "user_id").isEmpty() ? text(node, "user_id") : text(node, "reviewerID");
        String item = itemId(node);
        if (user.isEmpty() || item.isEmpty()) {
            session.skip(file, line, user.isEmpty() ? "no user_id or reviewerID" : "no parent_asin or asin");
            return;
        }
        JsonNode rating = node.has("rating") ? node.get("rating") : node.get("overall");
        if (rating != null && !rating.isNumber() && !isNumber(rating.asText())) {
            session.skip(file, line, "the rating is not a number: '" + rating.asText() + "'");
            return;
        }
        long time = Long.MIN_VALUE;
        JsonNode stamp = node.hasNonNull("timestamp") ? node.get("timestamp") : node.get("unixReviewTime");
        if (stamp != null && !stamp.isNull()) {
            try {
                // asLong() would read "yesterday" as 0, that is 1970.
                long value = stamp.isNumber() ? stamp.asLong() : Values.timestamp(stamp.asText());
                time = node.hasNonNull("timestamp") && value != Long.MAX_VALUE ? value / 1000 : value;
            } catch (NumberFormatException e) {
                session.skip(file, line, "the timestamp is not a number: '" + stamp.asText() + "'");
                return;
            }
        }
        String review = !text(node, "text").isEmpty() ? text(node, "text") : text(node, "reviewText");
        session.interaction(file, line, user, item, rating == null ? Double.NaN : rating.asDouble(), time,
                review.isEmpty() ? null : review);
    }

    private static boolean isNumber(String text) {
        try {
            Values.rating(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String itemId(JsonNode node) {
        String parent = text(node, "parent_asin");
        return parent.isEmpty() ? text(node, "asin") : parent;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText().strip();
    }

    private static String joined(JsonNode value, String separator) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isArray()) {
            return value.asText().strip();
        }
        List<String> parts = new ArrayList<>();
        value.forEach(v -> {
            if (!v.asText().isBlank()) {
                parts.add(v.asText().strip());
            }
        });
        return String.join(separator, parts);
    }

    /** 2014 has lists of category paths, 2018 and 2023 flat lists. */
    private static void flatten(JsonNode value, Set<String> into) {
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isArray()) {
            value.forEach(v -> flatten(v, into));
        } else if (!value.asText().isBlank()) {
            into.add(value.asText().strip());
        }
    }
}
