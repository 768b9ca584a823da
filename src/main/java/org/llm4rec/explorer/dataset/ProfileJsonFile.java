package org.llm4rec.explorer.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileAttributes;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.Reaction;

/**
 * A profile as a JSON file, to share or keep outside the app. Items are written by their dataset id (the title is
 * there for people reading the file); on import each id is looked up in the catalogue, and ids it does not have
 * are reported back rather than dropped without a word.
 */
public final class ProfileJsonFile {
    static final String FORMAT = "llm4rec-profile";
    static final int VERSION = 1;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private ProfileJsonFile() {
    }

    /**
     * What an import found.
     *
     * @param profile the profile with every item the catalogue has, in the file's order
     * @param unknown one line per history entry whose item the catalogue does not have
     */
    public record Imported(Profile profile, List<String> unknown) {
        public Imported {
            unknown = List.copyOf(unknown);
        }
    }

    public static void write(Profile profile, OutputStream out) throws IOException {
        List<EntryJson> history = profile.entries().stream().map(e -> new EntryJson(e.item().id(),
                e.item().title(), e.rating(), e.reaction() == Reaction.NONE ? null : e.reaction(),
                e.heldOut())).toList();
        ProfileAttributes a = profile.attributes();
        MAPPER.writeValue(out, new FileJson(FORMAT, VERSION, profile.datasetId(), profile.name(),
                profile.description(), profile.preferences(),
                a.isEmpty() ? null : new AttributesJson(a.ageGroup(), a.occupation(), a.country()), history));
    }

    /**
     * @param source    the file name, for messages
     * @param newId     the id the imported profile gets (an import never overwrites a stored profile)
     * @param datasetId the dataset whose catalogue the ids are looked up in; the file must be for it
     * @param items     finds an item of that dataset by id
     * @throws IOException when the file is not a profile file, is for another dataset, or has an entry without id
     */
    public static Imported read(InputStream in, String source, String newId, String datasetId,
                                Function<String, Optional<Item>> items) throws IOException {
        FileJson file;
        try {
            file = MAPPER.readValue(in, FileJson.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new IOException(source + " is not a valid profile file" + where + ": " + e.getOriginalMessage(), e);
        }
        if (file == null || !FORMAT.equals(file.format())) {
            throw new IOException(source + " is not a profile exported by LLM4Rec Explorer (\"format\" should be \""
                    + FORMAT + "\").");
        }
        if (file.dataset() != null && !file.dataset().equals(datasetId)) {
            throw new IOException(source + " holds a profile of dataset " + file.dataset() + ", but the dataset open"
                    + " now is " + datasetId + ". Open that dataset first: item ids mean different items elsewhere.");
        }
        List<ProfileEntry> entries = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<EntryJson> history = file.history() == null ? List.of() : file.history();
        for (int i = 0; i < history.size(); i++) {
            EntryJson e = history.get(i);
            if (e.itemId() == null || e.itemId().isBlank()) {
                throw new IOException(source + ": history entry " + (i + 1) + " has no item_id.");
            }
            Optional<Item> item = items.apply(e.itemId().strip());
            if (item.isPresent()) {
                entries.add(new ProfileEntry(item.get(), e.rating(), e.heldOut(), e.reaction()));
            } else {
                unknown.add("entry " + (i + 1) + ": item " + e.itemId()
                        + (e.title() == null ? "" : " (" + e.title() + ")"));
            }
        }
        String name = file.name() == null || file.name().isBlank() ? "Imported profile" : file.name().strip();
        AttributesJson a = file.attributes();
        ProfileAttributes attributes = a == null ? ProfileAttributes.NONE
                : new ProfileAttributes(a.ageGroup(), a.occupation(), a.country());
        return new Imported(new Profile(newId, name, datasetId, file.description(), entries, file.preferences(),
                attributes), unknown);
    }

    private record FileJson(String format, int version, String dataset, String name, String description,
                            String preferences, AttributesJson attributes, List<EntryJson> history) {
    }

    private record AttributesJson(@JsonProperty("age_group") String ageGroup, String occupation,
                                  String country) {
    }

    private record EntryJson(@JsonProperty("item_id") String itemId, String title, Double rating,
                             Reaction reaction, @JsonProperty("held_out") boolean heldOut) {
    }
}
