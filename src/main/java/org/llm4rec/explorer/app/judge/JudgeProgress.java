package org.llm4rec.explorer.app.judge;

/** Progress of a judge run, called from the background thread doing it. */
public interface JudgeProgress {
    JudgeProgress NONE = (done, total, note) -> { };

    /**
     * @param done  explanations (or pair orders) judged or found judged already
     * @param total how many there are
     * @param note  the last thing that happened, for a status line
     */
    void progress(int done, int total, String note);
}
