package org.llm4rec.explorer.domain.prompt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;

/**
 * The variables every built-in template may use, so that a user's edited template can use any of them. Every
 * value comes from the part of the visible history the profile's history limit lets prompts show, the candidates
 * and the demonstrations: none can reach a held-out target.
 */
public final class PromptVariables {
    /** NIR's prompts show the last 8 or so items watched. */
    static final int RECENT_LIMIT = 8;
    /** Keeps the user's own words recognisable as theirs inside the prompt. */
    private static final String PREFERENCES_LEAD = "What I look for, in my own words: ";
    private static final String EMPTY_HISTORY = "(nothing yet)";

    private PromptVariables() {
    }

    public static Map<String, PromptVariable> of(StrategyInput input) {
        Profile profile = input.profile();
        String kind = input.dataset() == null ? null : input.dataset().itemKind();
        List<ProfileEntry> visible = profile.promptHistory();
        String history = PromptLists.history(visible);
        String preferences = profile.preferences().isBlank() ? "" : PREFERENCES_LEAD + profile.preferences().strip();
        List<Item> inOrder = visible.stream().map(ProfileEntry::item).toList();
        Map<String, PromptVariable> vars = new HashMap<>();
        vars.put("item_kind", PromptVariable.instruction(ItemKinds.singular(kind)));
        vars.put("item_kind_plural", PromptVariable.instruction(ItemKinds.plural(kind)));
        vars.put("count", PromptVariable.instruction(Integer.toString(input.count())));
        vars.put("item_format", PromptVariable.instruction(input.itemsHaveCreators()
                ? "<title> by <" + ItemKinds.creator(kind) + ">" : "<title>"));
        boolean rated = input.historyRated();
        vars.put("with_ratings", PromptVariable.instruction(rated ? ", with my rating where I gave one" : ""));
        vars.put("and_ratings", PromptVariable.instruction(rated ? " and my ratings" : ""));
        vars.put("history", new PromptVariable(PromptPart.HISTORY, history.isEmpty() ? EMPTY_HISTORY : history));
        vars.put("history_in_order", new PromptVariable(PromptPart.HISTORY, orEmpty(PromptLists.items(
                inOrder))));
        vars.put("recent_history", new PromptVariable(PromptPart.HISTORY, orEmpty(PromptLists.items(
                last(inOrder, RECENT_LIMIT)))));
        vars.put("most_recent", new PromptVariable(PromptPart.HISTORY,
                inOrder.isEmpty() ? EMPTY_HISTORY : inOrder.get(inOrder.size() - 1).label()));
        vars.put("preferences", new PromptVariable(PromptPart.PREFERENCES, preferences));
        vars.put("candidates", new PromptVariable(PromptPart.CANDIDATES, PromptLists.items(input.candidates())));
        vars.put("candidate_count", PromptVariable.instruction(Integer.toString(input.candidates().size())));
        vars.put("demonstrations", new PromptVariable(PromptPart.DEMONSTRATIONS,
                demonstrations(input.demonstrations())));
        return vars;
    }

    private static String demonstrations(List<Demonstration> demos) {
        StringBuilder out = new StringBuilder();
        int number = 1;
        for (Demonstration demo : demos) {
            out.append("Example ").append(number++).append(", from ").append(demo.source()).append(":\n")
                    .append(PromptLists.items(demo.history())).append('\n')
                    .append("Then you should recommend: ").append(demo.next().label()).append("\n\n");
        }
        return out.toString().stripTrailing();
    }

    private static String orEmpty(String list) {
        return list.isEmpty() ? EMPTY_HISTORY : list;
    }

    static <T> List<T> last(List<T> list, int n) {
        return list.subList(Math.max(0, list.size() - n), list.size());
    }
}
