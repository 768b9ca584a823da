package org.llm4rec.explorer.domain.grounding;

import java.util.Objects;

/**
 * Something an explanation presents as part of the user's history ("because you loved Titanic"), and what in the
 * history backs it.
 *
 * @param text      the words as the explanation wrote them
 * @param kind      item, creator or genre
 * @param backing   the history title, creator or genre that supports it; empty when the history has nothing like it
 * @param fuzzy     true when the backing was found by similarity (a typo, a shortened title, a series name)
 */
public record Citation(String text, CitationKind kind, String backing, boolean fuzzy) {
    public Citation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        backing = backing == null ? "" : backing;
    }

    static Citation absent(String text, CitationKind kind) {
        return new Citation(text, kind, "", false);
    }

    public boolean supported() {
        return !backing.isEmpty();
    }

    /** One line for a tooltip or an export cell. */
    public String describe() {
        if (!supported()) {
            return "cites " + kind.label() + " \u201c" + text + "\u201d, which is not in the history";
        }
        return "cites " + kind.label() + " \u201c" + text + "\u201d" + (fuzzy ? " \u2248 " : " = ") + backing;
    }
}
