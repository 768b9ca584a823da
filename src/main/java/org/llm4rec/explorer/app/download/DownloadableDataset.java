package org.llm4rec.explorer.app.download;

import java.util.List;

/**
 * A dataset that may be used but not passed on, so the app fetches it from its publisher for each user.
 *
 * @param fileName the file's name under the publisher's base URL
 * @param size     its size in bytes as published, shown before downloading (the server's Content-Length is
 *                 what the download is checked against, so that a republished file still verifies)
 * @param licence  the licence in a few lines; {@code licenceUrl} has the full text
 */
public record DownloadableDataset(String name, String fileName, long size, String description, String licence,
                                  String licenceUrl) {

    /** The base URL of GroupLens' MovieLens files. */
    public static final String GROUPLENS = "https://files.grouplens.org/datasets/movielens/";

    private static final String MOVIELENS_LICENCE = "GroupLens Research (University of Minnesota) allows the"
            + " MovieLens data for research use only: you may not redistribute it without separate permission, nor"
            + " use it for commercial or revenue-bearing purposes without permission; you must acknowledge it in"
            + " publications (cite F. M. Harper and J. A. Konstan, The MovieLens Datasets: History and Context,"
            + " ACM TiiS 5(4), 2015) and may not imply endorsement by the University of Minnesota or GroupLens."
            + " The data comes with no guarantee of correctness.";

    /** The MovieLens releases offered, smallest first. */
    public static List<DownloadableDataset> movieLens() {
        return List.of(
                movieLens("MovieLens latest-small", "ml-latest-small.zip", 978_202,
                        "100,836 ratings and 3,683 tags of 9,742 movies by 610 users (2018); half-star ratings.",
                        "https://files.grouplens.org/datasets/movielens/ml-latest-small-README.html"),
                movieLens("MovieLens 100K", "ml-100k.zip", 4_924_029,
                        "100,000 ratings of 1,682 movies by 943 users with age, gender and occupation (1998).",
                        "https://files.grouplens.org/datasets/movielens/ml-100k-README.txt"),
                movieLens("MovieLens 1M", "ml-1m.zip", 5_917_549,
                        "1,000,209 ratings of 3,706 movies by 6,040 users with demographics (2003).",
                        "https://files.grouplens.org/datasets/movielens/ml-1m-README.txt"),
                movieLens("MovieLens 25M", "ml-25m.zip", 261_978_986,
                        "25,000,095 ratings and 1,093,360 tags of 62,423 movies by 162,541 users (2019).",
                        "https://files.grouplens.org/datasets/movielens/ml-25m-README.html"));
    }

    private static DownloadableDataset movieLens(String name, String file, long size, String description,
                                                 String readme) {
        return new DownloadableDataset(name, file, size, description, MOVIELENS_LICENCE, readme);
    }
}
