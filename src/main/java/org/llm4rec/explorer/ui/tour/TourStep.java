package org.llm4rec.explorer.ui.tour;

/**
 * One stop of the tour.
 *
 * @param targetId the id of the control it points at
 * @param title    short heading
 * @param text     what to do there
 */
public record TourStep(String targetId, String title, String text) {
}
