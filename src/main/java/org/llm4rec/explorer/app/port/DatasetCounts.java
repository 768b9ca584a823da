package org.llm4rec.explorer.app.port;

/** How big a dataset is. */
public record DatasetCounts(long users, long items, long interactions) {

    /** The share of user-item pairs that have an interaction. */
    public double density() {
        return users == 0 || items == 0 ? 0 : (double) interactions / ((double) users * items);
    }
}
