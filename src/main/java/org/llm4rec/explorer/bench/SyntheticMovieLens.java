package org.llm4rec.explorer.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic dataset in a MovieLens layout, at any scale, from a seed: the same arguments give the same
 * bytes. Activity is long-tailed as in the real data: a few users rate thousands of movies, most a few dozen
 * (at least 20, as MovieLens guarantees); a few movies get most ratings. Titles are made of invented words, with
 * a year, and some have commas so the CSV layout quotes them.
 */
public final class SyntheticMovieLens {
    /** A layout and its file names. */
    public enum Layout { ML_100K, DAT, CSV }

    /** Sizes of the real datasets. */
    public enum Scale {
        ML_1M(6_040, 3_706, 1_000_209), ML_25M(162_541, 62_423, 25_000_095), TINY(100, 50, 2_000);

        final int users;
        final int items;
        final long ratings;

        Scale(int users, int items, long ratings) {
            this.users = users;
            this.items = items;
            this.ratings = ratings;
        }

        /** "ml-1m", "ml-25m" or "tiny". */
        public static Scale of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "dun", "vel", "sar", "to", "ne", "bri", "gan",
        "shi", "mor", "fe", "lin", "qua", "zor", "ith", "el", "ost", "pra", "dem", "ul", "cha", "rik", "wen", "sol"};
    private static final String[] GENRES = {"Action", "Adventure", "Animation", "Children", "Comedy", "Crime",
        "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery", "Romance", "Sci-Fi",
        "Thriller", "War", "Western"};
    private static final int MIN_PER_USER = 20;
    private static final long START = 946_684_800L;

    private final Scale scale;
    private final Random random;
    private final String[] words;

    public SyntheticMovieLens(Scale scale, long seed) {
        this.scale = scale;
        this.random = new Random(seed);
        this.words = new String[2_000];
        for (int i = 0; i < words.length; i++) {
            StringBuilder w = new StringBuilder();
            int parts = 2 + random.nextInt(2);
            for (int p = 0; p < parts; p++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words[i] = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        }
    }

    /** Writes the layout's files into the folder (created when missing). */
    public void write(Layout layout, Path folder) throws IOException {
        Files.createDirectories(folder);
        String[] titles = titles();
        switch (layout) {
            case ML_100K -> write100k(folder, titles);
            case DAT -> writeDat(folder, titles);
            case CSV -> writeCsv(folder, titles);
            default -> throw new IllegalArgumentException(layout.name());
        }
    }

    private String[] titles() {
        String[] titles = new String[scale.items];
        for (int i = 0; i < titles.length; i++) {
            StringBuilder t = new StringBuilder(words[random.nextInt(words.length)]);
            int more = random.nextInt(3);
            for (int w = 0; w < more; w++) {
                t.append(w == 0 && random.nextInt(10) == 0 ? ", " : " ").append(words[random.nextInt(words.length)]);
            }
            titles[i] = t + " (" + (1920 + random.nextInt(100)) + ")";
        }
        return titles;
    }

    private String genres(int item) {
        Random r = new Random(item);
        Set<String> picked = new java.util.TreeSet<>();
        int n = 1 + r.nextInt(3);
        while (picked.size() < n) {
            picked.add(GENRES[r.nextInt(GENRES.length)]);
        }
        return String.join("|", picked);
    }

    private void write100k(Path folder, String[] titles) throws IOException {
        try (Writer w = writer(folder.resolve("u.genre"), StandardCharsets.ISO_8859_1)) {
            for (int g = 0; g < GENRES.length; g++) {
                w.write(GENRES[g] + "|" + g + "\n");
            }
        }
        try (Writer w = writer(folder.resolve("u.item"), StandardCharsets.ISO_8859_1)) {
            for (int i = 0; i < titles.length; i++) {
                StringBuilder flags = new StringBuilder();
                Set<String> genres = Set.of(genres(i).split("\\|"));
                for (String g : GENRES) {
                    flags.append('|').append(genres.contains(g) ? '1' : '0');
                }
                w.write((i + 1) + "|" + titles[i] + "|01-Jan-1995||http://example.org/" + (i + 1) + flags + "\n");
            }
        }
        try (Writer w = writer(folder.resolve("u.user"), StandardCharsets.ISO_8859_1)) {
            for (int u = 1; u <= scale.users; u++) {
                w.write(u + "|" + (18 + u % 50) + "|" + (u % 2 == 0 ? "F" : "M") + "|other|" + (10000 + u) + "\n");
            }
        }
        writeRatings(folder.resolve("u.data"), "\t", false);
    }

    private void writeDat(Path folder, String[] titles) throws IOException {
        try (Writer w = writer(folder.resolve("movies.dat"), StandardCharsets.ISO_8859_1)) {
            for (int i = 0; i < titles.length; i++) {
                w.write((i + 1) + "::" + titles[i] + "::" + genres(i) + "\n");
            }
        }
        try (Writer w = writer(folder.resolve("users.dat"), StandardCharsets.UTF_8)) {
            for (int u = 1; u <= scale.users; u++) {
                w.write(u + "::" + (u % 2 == 0 ? "F" : "M") + "::" + (18 + u % 50) + "::" + (u % 21) + "::"
                        + (10000 + u) + "\n");
            }
        }
        writeRatings(folder.resolve("ratings.dat"), "::", false);
    }

    private void writeCsv(Path folder, String[] titles) throws IOException {
        try (Writer w = writer(folder.resolve("movies.csv"), StandardCharsets.UTF_8)) {
            w.write("movieId,title,genres\n");
            for (int i = 0; i < titles.length; i++) {
                String title = titles[i].contains(",") ? '"' + titles[i] + '"' : titles[i];
                w.write((i + 1) + "," + title + "," + genres(i) + "\n");
            }
        }
        try (Writer w = writer(folder.resolve("ratings.csv"), StandardCharsets.UTF_8)) {
            w.write("userId,movieId,rating,timestamp\n");
        }
        writeRatings(folder.resolve("ratings.csv"), ",", true);
    }

    /** Ratings grouped by user, each user's in time order, as the real files have them. */
    private void writeRatings(Path file, String separator, boolean halfStars) throws IOException {
        long[] perUser = perUser();
        double[] cumulative = itemWeights();
        try (BufferedWriter w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND), 1 << 20)) {
            Set<Integer> seen = new HashSet<>();
            StringBuilder line = new StringBuilder(64);
            for (int u = 0; u < scale.users; u++) {
                seen.clear();
                long time = START + random.nextInt(600_000_000);
                for (long r = 0; r < perUser[u]; r++) {
                    int item;
                    do {
                        item = sample(cumulative);
                    } while (!seen.add(item));
                    time += random.nextInt(3_600);
                    int stars = halfStars ? 1 + random.nextInt(10) : 1 + random.nextInt(5);
                    line.setLength(0);
                    line.append(u + 1).append(separator).append(item + 1).append(separator);
                    if (halfStars) {
                        line.append(stars / 2).append(stars % 2 == 0 ? ".0" : ".5");
                    } else {
                        line.append(stars);
                    }
                    line.append(separator).append(time).append('\n');
                    w.append(line);
                }
            }
        }
    }

    /** Each user's number of ratings: at least 20, the rest by a power law over users, summing to the total. */
    private long[] perUser() {
        int users = scale.users;
        double[] weight = new double[users];
        double sum = 0;
        for (int u = 0; u < users; u++) {
            weight[u] = Math.pow(u + 1, -0.8);
            sum += weight[u];
        }
        long rest = scale.ratings - (long) MIN_PER_USER * users;
        long cap = scale.items / 2;
        long[] counts = new long[users];
        long total = 0;
        for (int u = 0; u < users; u++) {
            counts[u] = Math.min(cap, MIN_PER_USER + Math.round(rest * weight[u] / sum));
            total += counts[u];
        }
        for (int u = users - 1; total < scale.ratings; u = u == 0 ? users - 1 : u - 1) {
            if (counts[u] < cap) {
                counts[u]++;
                total++;
            }
        }
        // Shuffle so that heavy users are spread over the ids, as in the real files.
        for (int i = users - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long t = counts[i];
            counts[i] = counts[j];
            counts[j] = t;
        }
        return counts;
    }

    private double[] itemWeights() {
        double[] cumulative = new double[scale.items];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += Math.pow(i + 10, -1.0);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private int sample(double[] cumulative) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(at >= 0 ? at : -at - 1, cumulative.length - 1);
    }

    private static Writer writer(Path file, Charset charset) throws IOException {
        return Files.newBufferedWriter(file, charset);
    }

    public static Layout layout(String name) {
        return Layout.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
