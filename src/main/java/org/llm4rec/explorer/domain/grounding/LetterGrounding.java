package org.llm4rec.explorer.domain.grounding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.parse.LetterAnswer;
import org.llm4rec.explorer.domain.parse.ParseResult;
import org.llm4rec.explorer.domain.parse.ParsedItem;

/**
 * Maps index letters back to the candidates they labelled: a letter names exactly one item, so no title matching
 * is needed. A letter no candidate had is flagged as not in the candidates (and not in the catalogue, since it
 * names nothing); a repeated letter as a duplicate.
 */
public final class LetterGrounding {
    private LetterGrounding() {
    }

    public static List<Recommendation> ground(ParseResult letters, List<Item> candidates, Profile profile) {
        SeenItems seen = new SeenItems(profile);
        Set<String> targets = profile.targets().stream().map(Item::id).collect(Collectors.toSet());
        Set<String> listed = new HashSet<>();
        List<Recommendation> out = new ArrayList<>();
        for (ParsedItem parsed : letters.items()) {
            String letter = parsed.title();
            int index = LetterAnswer.index(letter);
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            if (!listed.add(letter)) {
                flags.add(Flag.DUPLICATE);
            }
            if (index < 0 || index >= candidates.size()) {
                flags.add(Flag.NOT_IN_CANDIDATES);
                flags.add(Flag.NOT_IN_CATALOGUE);
                out.add(new Recommendation(parsed.rank(), "(" + letter + ")", "", "No candidate is labelled "
                        + letter + "; the list went up to " + lastLetter(candidates) + ".", Grounding.none(), flags,
                        false));
                continue;
            }
            Item item = candidates.get(index);
            seen.flag(item.id()).ifPresent(flags::add);
            out.add(new Recommendation(parsed.rank(), item.title(), item.creators(), "Answered (" + letter + ")",
                    new Grounding(item, GroundingMethod.EXACT, 1.0), flags, targets.contains(item.id())));
        }
        return List.copyOf(out);
    }

    private static String lastLetter(List<Item> candidates) {
        return candidates.isEmpty() ? "no letter" : LetterAnswer.letter(candidates.size() - 1);
    }
}
