package org.llm4rec.explorer.domain.grounding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.parse.ParseResult;
import org.llm4rec.explorer.domain.parse.ParsedItem;

/**
 * Turns parsed items into recommendations tied to catalogue items, flagging what a reader of the list should
 * know: invented titles, repeats, items the user already has (anywhere in the known history, not only the part
 * the prompt showed), and items outside the candidates offered. An item counts as a hit when it is one of the
 * profile's held-out targets. An explanation that cites an item, creator or genre the history does not hold is
 * flagged too ({@link HistoryCitations}).
 */
public final class Grounder {
    private final ItemLookup lookup;

    public Grounder(ItemLookup lookup) {
        this.lookup = lookup;
    }

    public List<Recommendation> ground(String datasetId, ParseResult parsed, Profile profile, List<Item> candidates) {
        Set<String> candidateIds = ids(candidates);
        SeenItems seen = new SeenItems(profile);
        HistoryCitations citations = new HistoryCitations(profile);
        Set<String> targetIds = ids(profile.targets());
        Set<String> listedIds = new HashSet<>();
        Set<String> listedUngroundedTitles = new HashSet<>();

        List<Recommendation> out = new ArrayList<>();
        for (ParsedItem item : parsed.items()) {
            Grounding grounding = new CatalogueMatcher(lookup, datasetId, item.creator(), item.year(),
                    item.explanation(), candidateIds).match(item.title());
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            if (grounding.grounded()) {
                String id = grounding.item().id();
                if (!listedIds.add(id)) {
                    flags.add(Flag.DUPLICATE);
                }
                seen.flag(id).ifPresent(flags::add);
                if (!candidateIds.isEmpty() && !candidateIds.contains(id)) {
                    flags.add(Flag.NOT_IN_CANDIDATES);
                }
            } else {
                flags.add(Flag.NOT_IN_CATALOGUE);
                if (!listedUngroundedTitles.add(TitleNormaliser.normalise(item.title()))) {
                    flags.add(Flag.DUPLICATE);
                }
            }
            if (!citations.unsupported(item.explanation(), explained(item, grounding)).isEmpty()) {
                flags.add(Flag.CITES_ABSENT_HISTORY);
            }
            // A title shared by items the answer did not tell apart hits if any of them is a target.
            boolean hit = grounding.grounded() && (targetIds.contains(grounding.item().id())
                    || grounding.alternatives().stream().anyMatch(a -> targetIds.contains(a.id())));
            out.add(new Recommendation(item.rank(), item.title(), item.creator(), item.explanation(), grounding,
                    flags, hit));
        }
        return List.copyOf(out);
    }

    /** The item an explanation is about: the catalogue's when grounded, else the title as the model wrote it. */
    private static Item explained(ParsedItem item, Grounding grounding) {
        return grounding.grounded() ? grounding.item()
                : new Item("", item.title(), item.creator(), null, "", 0);
    }

    private static Set<String> ids(List<Item> items) {
        return items.stream().map(Item::id).collect(Collectors.toSet());
    }
}
