package org.llm4rec.explorer.app.port;

import java.time.Instant;
import java.util.Map;

/**
 * What a dataset holds, for charts.
 *
 * @param counts              users, items, interactions
 * @param ratings             how many interactions have each rating value (no rating: key NaN)
 * @param perUserDescending   interactions of each user, most first (the long tail)
 * @param perItemDescending   interactions of each item, most first
 * @param first               the earliest interaction time, or null
 * @param last                the latest interaction time, or null
 * @param itemFields          for each item field, how many items have it filled
 */
public record DatasetOverview(DatasetCounts counts, Map<Double, Long> ratings, long[] perUserDescending,
                              long[] perItemDescending, Instant first, Instant last, Map<String, Long> itemFields) {
}
