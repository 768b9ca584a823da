package org.llm4rec.explorer.llm;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.llm4rec.explorer.domain.llm.LlmException;

/**
 * The caller's side of a streamed exchange (an answer, a pull): it waits for the outcome that the HTTP threads
 * settle, and settles it itself when a time limit runs out or its thread is interrupted. LangChain4j has no time
 * limit between tokens, and the JDK none between the lines of a body, so the limits are kept here.
 */
final class Waiting {
    /**
     * The longest single wait. Which limit applies can change while the caller waits (the headers arrive and the
     * long first-token limit gives way to the short idle one), so the caller looks again at least this often;
     * a limit is thereby kept to within this much.
     */
    static final long LONGEST_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private Waiting() {
    }

    /**
     * @param remainingNanos how long until the nearest limit runs out; asked anew after each wake-up because data
     *                       arriving moves an idle limit
     * @param expired        settles the outcome with a time-out
     * @param interrupted    settles the outcome with a cancel
     */
    static <T> T until(CompletableFuture<T> outcome, LongSupplier remainingNanos, Runnable expired,
                       Runnable interrupted) throws LlmException {
        while (true) {
            long remaining = remainingNanos.getAsLong();
            if (remaining <= 0) {
                expired.run();
            }
            try {
                return outcome.get(Math.min(Math.max(remaining, 1), LONGEST_WAIT_NANOS), TimeUnit.NANOSECONDS);
            } catch (TimeoutException notYet) {
                // Data may have arrived meanwhile and moved or changed the limit: look again.
            } catch (ExecutionException e) {
                throw (LlmException) e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                interrupted.run();
                return settled(outcome);
            }
        }
    }

    /** Without waiting again, which the interrupt flag would cut short. */
    private static <T> T settled(CompletableFuture<T> outcome) throws LlmException {
        try {
            return outcome.join();
        } catch (CompletionException e) {
            throw (LlmException) e.getCause();
        }
    }
}
