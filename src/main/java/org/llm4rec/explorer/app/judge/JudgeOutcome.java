package org.llm4rec.explorer.app.judge;

import java.util.List;

/**
 * How a judge run went.
 *
 * @param judged     newly judged now
 * @param resumed    judged by an earlier run of the same judge, not asked again
 * @param unreadable answers from which not every score could be read (stored with the problem)
 * @param failures   requests that failed at the server, not stored, so that the next run asks again
 * @param cancelled  true when stopped before the end
 */
public record JudgeOutcome(int judged, int resumed, int unreadable, List<String> failures, boolean cancelled) {
    public JudgeOutcome {
        failures = List.copyOf(failures);
    }
}
