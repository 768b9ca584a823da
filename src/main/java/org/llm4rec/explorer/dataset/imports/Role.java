package org.llm4rec.explorer.dataset.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a column of a mapped file holds. */
public enum Role {
    USER("user", "User id", true),
    ITEM("item", "Item id", true),
    RATING("rating", "Rating", false),
    TIMESTAMP("timestamp", "Timestamp", false),
    TITLE("title", "Item title", true),
    CREATOR("creator", "Creator / author", true),
    CATEGORIES("categories", "Categories / genres", true),
    YEAR("year", "Year", true);

    private final String key;
    private final String label;
    private final boolean itemField;

    Role(String key, String label, boolean itemField) {
        this.key = key;
        this.label = label;
        this.itemField = itemField;
    }

    /** The name used in saved mappings and on the command line ("user", "item", …). */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The roles an items file can map: the item id and its fields. */
    public static List<Role> itemRoles() {
        return Arrays.stream(values()).filter(r -> r.itemField).toList();
    }

    /** The role of a key, also accepting a few common synonyms ("author", "genres", "time"). */
    public static Optional<Role> byKey(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        String canonical = switch (k) {
            case "user_id", "userid" -> "user";
            case "item_id", "itemid" -> "item";
            case "time" -> "timestamp";
            case "author", "authors", "creators" -> "creator";
            case "genres", "genre", "category" -> "categories";
            default -> k;
        };
        return Arrays.stream(values()).filter(r -> r.key.equals(canonical)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
