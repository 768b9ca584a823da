package org.llm4rec.explorer.ui.compare;

import java.util.function.BiConsumer;
import org.llm4rec.explorer.domain.run.RunRecord;

/**
 * Model judging as the Compare window offers it; the judging windows belong to another part of the app.
 *
 * @param judgeAll  scores every explanation of the columns with a model
 * @param judgePair judges the explanations of two columns' runs in pairs, both orders
 */
public record JudgeActions(Runnable judgeAll, BiConsumer<RunRecord, RunRecord> judgePair) {
}
