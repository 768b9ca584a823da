package org.llm4rec.explorer.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waits, as UI tests must, for work handed to the background to show in the window. */
public final class FxWait {
    private FxWait() {
    }

    /** Waits up to 20 seconds for the condition, then lets the UI thread finish what it was given. */
    public static void until(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
