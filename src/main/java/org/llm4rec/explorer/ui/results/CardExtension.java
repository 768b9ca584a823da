package org.llm4rec.explorer.ui.results;

import javafx.scene.Node;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.run.RunRecord;

/** Lets another feature add its controls to each recommendation card (ratings do), unknown to the results. */
@FunctionalInterface
public interface CardExtension {
    CardExtension NONE = (run, item) -> null;

    /** The node to add at the foot of the card, or null for none. */
    Node create(RunRecord run, Recommendation item);
}
