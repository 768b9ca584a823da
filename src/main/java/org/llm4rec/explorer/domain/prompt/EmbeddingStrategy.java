package org.llm4rec.explorer.domain.prompt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.Reaction;

/**
 * Discriminative ranking: an embedding model turns the user and every item into vectors, and items are ranked by
 * cosine similarity; nothing is generated. The user vector is either the mean of the liked items' vectors or the
 * vector of a profile text. Its "prompt" is what gets embedded, shown so that the preview and the run agree.
 *
 * <p>The template is what the user can change: for the liked-items variants, how each item is written before it
 * is embedded; for the profile-text variant, the profile text (items are then written the default way).
 */
public final class EmbeddingStrategy extends BuiltInStrategy {
    public static final String LIKED = "embedding-liked";
    public static final String PROFILE = "embedding-profile";
    public static final String CATALOGUE = "embedding-catalogue";
    /** Open ranking embeds at most this many unseen items, the most popular first: a catalogue of 10,000 would
     * take minutes on a laptop the first time, and the long tail rarely wins on similarity alone. */
    public static final int CATALOGUE_CAP = 2000;
    /** Ratings on a five-point scale from 4 up count as liked, as many papers treat MovieLens ratings. */
    static final double LIKED_RATING = 4.0;
    private static final String ITEM_TEMPLATE = "{{label}}. {{categories}}\n";
    private static final String SOURCE = "Wu et al. (2023), \"A Survey on Large Language Models for"
            + " Recommendation\"";

    /** Where the user's vector comes from. */
    public enum UserVector { LIKED_MEAN, PROFILE_TEXT }

    private final UserVector userVector;
    private final boolean wholeCatalogue;
    private final PromptTemplate itemTemplate;

    private EmbeddingStrategy(String id, String name, String about, UserVector userVector, boolean wholeCatalogue) {
        super(id, name, about);
        this.userVector = userVector;
        this.wholeCatalogue = wholeCatalogue;
        this.itemTemplate = new PromptTemplate(id, TEMPLATE_VERSION, ITEM_TEMPLATE);
    }

    public static EmbeddingStrategy likedItems() {
        return new EmbeddingStrategy(LIKED, "Embedding ranking, liked items (cosine)",
                "Discriminative ranking, the survey's other paradigm (" + SOURCE + "): an embedding model such as"
                        + " nomic-embed-text (Ollama /api/embed) turns each liked item and each candidate into a"
                        + " vector; the user is the mean of the liked items' vectors, and candidates are ranked by"
                        + " cosine similarity to it. Each pick names the liked item it is closest to. No text is"
                        + " generated, so nothing can be invented; vectors are cached per model digest.",
                UserVector.LIKED_MEAN, false);
    }

    public static EmbeddingStrategy profileText() {
        return new EmbeddingStrategy(PROFILE, "Embedding ranking, profile text (cosine)",
                "Like the liked-items variant, but the user vector is the embedding of one profile text (the"
                        + " history and the user's own words, editable as the template), as dense retrieval embeds"
                        + " a query; see " + SOURCE + " on discriminative use of language models. Candidates are"
                        + " ranked by cosine similarity and each names the history item closest to it.",
                UserVector.PROFILE_TEXT, false);
    }

    public static EmbeddingStrategy wholeCatalogue() {
        return new EmbeddingStrategy(CATALOGUE, "Embedding ranking, whole catalogue (cosine)",
                "Open recommendation without candidates: every unseen catalogue item (the " + CATALOGUE_CAP
                        + " most popular at most) is ranked by cosine similarity to the mean of the liked items'"
                        + " vectors. The first run embeds the catalogue once per model version; later runs read"
                        + " the vectors from the cache. Discriminative paradigm of " + SOURCE + ".",
                UserVector.LIKED_MEAN, true);
    }

    @Override
    public Paradigm paradigm() {
        return Paradigm.DISCRIMINATIVE;
    }

    @Override
    public boolean ranksCandidates() {
        return !wholeCatalogue;
    }

    public UserVector userVector() {
        return userVector;
    }

    /** True when the whole catalogue (up to {@link #CATALOGUE_CAP}) is ranked instead of a candidate set. */
    public boolean ranksWholeCatalogue() {
        return wholeCatalogue;
    }

    /** The text an item is embedded as, written with the template (for the profile variant, the default). */
    public String itemText(Item item, PromptTemplate template) {
        PromptTemplate used = userVector == UserVector.PROFILE_TEXT ? itemTemplate : template;
        return renderer.render(used, itemVariables(item)).text().strip();
    }

    /** The profile text embedded as the user, for the profile-text variant. */
    public String profileText(StrategyInput input, PromptTemplate template) {
        return renderer.render(template, PromptVariables.of(input)).text().strip();
    }

    /**
     * The visible items the user liked: a like, or a rating from 4 up. When there are none, every visible item
     * that is not disliked stands in, since a history is all the evidence there is.
     */
    public static List<Item> likedItems(Profile profile) {
        List<ProfileEntry> visible = profile.promptHistory();
        List<Item> liked = visible.stream().filter(EmbeddingStrategy::liked).map(ProfileEntry::item).toList();
        if (!liked.isEmpty()) {
            return liked;
        }
        return visible.stream().filter(e -> e.reaction() != Reaction.DISLIKED).map(ProfileEntry::item).toList();
    }

    private static boolean liked(ProfileEntry e) {
        return e.reaction() == Reaction.LIKED
                || (e.reaction() != Reaction.DISLIKED && e.rating() != null && e.rating() >= LIKED_RATING);
    }

    /** What will be embedded and compared, part by part, for the preview and the run record. */
    @Override
    public StrategyPrompt build(StrategyInput input, PromptTemplate template) {
        if (ranksCandidates() && input.candidates().isEmpty()) {
            throw new IllegalArgumentException("\"" + name() + "\" ranks candidates, but none were drawn: choose a"
                    + " candidate generator in the Strategy step.");
        }
        String plural = ItemKinds.plural(input.dataset() == null ? null : input.dataset().itemKind());
        TemplateRenderer.SegmentBuilder out = new TemplateRenderer.SegmentBuilder();
        out.add(PromptPart.INSTRUCTION, "Nothing is generated: an embedding model turns these texts into vectors.\n\n");
        if (userVector == UserVector.PROFILE_TEXT) {
            out.add(PromptPart.INSTRUCTION, "The user is the vector of this profile text:\n");
            for (PromptSegment s : renderer.render(template, PromptVariables.of(input)).segments()) {
                out.add(s.part(), s.text());
            }
            out.add(PromptPart.INSTRUCTION, "\n\nThe history items are embedded to name the one nearest each pick:\n");
            out.add(PromptPart.HISTORY, lines(input.profile().promptHistory().stream().map(ProfileEntry::item)
                    .toList(), template));
        } else {
            List<Item> liked = likedItems(input.profile());
            List<Item> others = input.profile().promptHistory().stream().map(ProfileEntry::item)
                    .filter(item -> !liked.contains(item)).toList();
            out.add(PromptPart.INSTRUCTION, "The user is the mean of the vectors of the liked " + plural + ":\n");
            out.add(PromptPart.HISTORY, lines(liked, template));
            if (!others.isEmpty()) {
                out.add(PromptPart.INSTRUCTION, "\n\nLeft out, neither liked nor rated 4 or more:\n");
                out.add(PromptPart.HISTORY, String.join("\n", others.stream().map(i -> "- " + i.label()).toList()));
            }
        }
        if (wholeCatalogue) {
            out.add(PromptPart.INSTRUCTION, "\n\nEvery unseen " + ItemKinds.singular(input.dataset() == null ? null
                    : input.dataset().itemKind()) + " of the catalogue (the " + CATALOGUE_CAP + " most popular at"
                    + " most) is embedded the same way and compared.");
        } else {
            out.add(PromptPart.INSTRUCTION, "\n\nEach candidate is embedded as:\n");
            out.add(PromptPart.CANDIDATES, lines(input.candidates(), template));
        }
        out.add(PromptPart.OUTPUT_FORMAT, "\n\nOutput: the " + input.count() + " " + plural + " with the highest"
                + " cosine similarity to the user vector, each with its score and the "
                + (userVector == UserVector.LIKED_MEAN ? "liked" : "history") + " item closest to it.");
        return new StrategyPrompt(new RenderedPrompt(out.segments()), null);
    }

    private String lines(List<Item> items, PromptTemplate template) {
        List<String> texts = new ArrayList<>();
        for (Item item : items) {
            texts.add("- " + itemText(item, template));
        }
        return String.join("\n", texts);
    }

    private static Map<String, PromptVariable> itemVariables(Item item) {
        Map<String, PromptVariable> vars = new HashMap<>();
        vars.put("title", PromptVariable.instruction(item.title()));
        vars.put("creators", PromptVariable.instruction(item.creators()));
        vars.put("label", PromptVariable.instruction(item.label()));
        vars.put("year", PromptVariable.instruction(item.year() == null ? "" : item.year().toString()));
        vars.put("categories", PromptVariable.instruction(item.categories()));
        return vars;
    }
}
