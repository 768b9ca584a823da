package org.llm4rec.explorer.app.experiment;

/**
 * Progress of one configuration.
 *
 * @param configurationKey the configuration's key
 * @param label            its display label
 * @param done             results stored (users × repeats), those from an earlier session included
 * @param total            results it needs
 * @param failed           of the stored ones, how many failed at the server
 */
public record ConfigurationProgress(String configurationKey, String label, int done, int total, int failed) {
    public double fraction() {
        return total == 0 ? 1 : (double) done / total;
    }
}
