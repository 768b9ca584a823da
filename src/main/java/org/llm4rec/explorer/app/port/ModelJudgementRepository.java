package org.llm4rec.explorer.app.port;

import java.util.List;
import org.llm4rec.explorer.domain.judge.ModelJudgement;
import org.llm4rec.explorer.domain.judge.PairJudgement;

/** Model judges' scores and pairwise verdicts, stored apart from people's ratings and votes. */
public interface ModelJudgementRepository {

    /** Stores one explanation's scores; an earlier judgement of it by the same judge is replaced. */
    void save(ModelJudgement judgement);

    /** Every judge's scores, oldest first. */
    List<ModelJudgement> all();

    /** Stores one verdict; an earlier verdict of the same pair in the same order by the same judge is replaced. */
    void savePair(PairJudgement judgement);

    /** Every pairwise verdict, oldest first. */
    List<PairJudgement> allPairs();
}
