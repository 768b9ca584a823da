package org.llm4rec.explorer.ui.shell;

/**
 * What the window asks of the application around it.
 *
 * @param quit     closes the app, saving what it remembers
 * @param openLogs opens the folder holding the log file
 */
public record ShellActions(Runnable quit, Runnable openLogs) {
}
