package org.llm4rec.explorer.app.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MovieLens-layout dataset (movies.csv, ratings.csv) of 40 users for the studies, and scripted models whose
 * behaviour makes one effect appear each.
 *
 * <p>Each user u watched 45 of 120 stand-alone films, drawn with a strong lean to the first ones (so a few are
 * watched by nearly everyone and most by few), and somewhere among them the first film of their own series,
 * "Crimson Harbor (1994)"; their last film, the held-out target, is its sequel "Crimson Harbor II (1997)". The
 * first film stands u items from the end of the history (user 1: the most recent; user 40: 40 items back), so a
 * prompt showing the last K items shows it to K of the 40 users.
 */
public final class StudyUsers {
    public static final int USERS = 40;
    static final int FILMS = 120;
    static final int WATCHED = 45;
    private static final List<String> SERIES_FIRST = List.of("Crimson", "Silent", "Golden", "Broken", "Hidden",
            "Frozen", "Burning", "Distant");
    private static final List<String> SERIES_SECOND = List.of("Harbor", "Valley", "Crown", "Signal", "Garden");
    private static final List<String> FILM_FIRST = List.of("Midnight", "Summer", "Winter", "Paper", "Iron", "Glass",
            "Velvet", "Copper", "Lonely", "Rapid", "Quiet", "Wild");
    private static final List<String> FILM_SECOND = List.of("Express", "Letters", "Sky", "Moon", "Road", "River",
            "Heart", "House", "Dance", "Tale");
    private static final List<String> GENRES = List.of("Drama", "Comedy", "Thriller|Crime", "Romance|Drama",
            "Action|Adventure", "Sci-Fi", "Animation|Children's", "Horror");
    private static final Pattern NUMBERED = Pattern.compile("^\\d+\\. (.+)$");

    /** Interactions per title as prompts show it (without the year): the popularity-minded model ranks by it. */
    final Map<String, Integer> watchers = new HashMap<>();
    public final Path folder;

    private StudyUsers(Path folder) {
        this.folder = folder;
    }

    public static StudyUsers write(Path folder) throws IOException {
        StudyUsers users = new StudyUsers(folder);
        users.writeFiles();
        return users;
    }

    private void writeFiles() throws IOException {
        Files.createDirectories(folder);
        Map<Integer, String> titles = new LinkedHashMap<>();
        for (int f = 0; f < FILMS; f++) {
            titles.put(f + 1, film(f));
        }
        for (int u = 1; u <= USERS; u++) {
            titles.put(1000 + u, series(u) + " (" + (1980 + u) + ")");
            titles.put(2000 + u, series(u) + " II (" + (1983 + u) + ")");
        }
        List<String> movies = new ArrayList<>(List.of("movieId,title,genres"));
        titles.forEach((id, title) -> movies.add(id + "," + title + "," + GENRES.get(id % GENRES.size())));
        List<String> ratings = new ArrayList<>(List.of("userId,movieId,rating,timestamp"));
        for (int u = 1; u <= USERS; u++) {
            List<Integer> history = new ArrayList<>(watchedFilms(u));
            // The series' first film stands u items from the end (the most recent is 1 from the end).
            history.add(history.size() - (u - 1), 1000 + u);
            history.add(2000 + u);
            long time = 978_300_000L + u * 100_000L;
            for (int id : history) {
                ratings.add(u + "," + id + "," + (3 + (id + u) % 3) + ".0," + time);
                time += 60;
                watchers.merge(titles.get(id).replaceFirst(" \\(\\d{4}\\)$", ""), 1, Integer::sum);
            }
        }
        Files.write(folder.resolve("movies.csv"), movies);
        Files.write(folder.resolve("ratings.csv"), ratings);
    }

    /** 45 distinct films leaning strongly to the first ones, in a user-seeded order. */
    private static Set<Integer> watchedFilms(int user) {
        Random random = new Random(user * 7919L);
        Set<Integer> films = new LinkedHashSet<>();
        while (films.size() < WATCHED) {
            double u = random.nextDouble();
            films.add(1 + (int) (FILMS * u * u * u));
        }
        return films;
    }

    static String film(int f) {
        return FILM_FIRST.get(f % FILM_FIRST.size()) + " " + FILM_SECOND.get(f / FILM_FIRST.size()) + " ("
                + (1950 + f % 50) + ")";
    }

    static String series(int user) {
        int n = user - 1;
        return SERIES_FIRST.get(n % SERIES_FIRST.size()) + " " + SERIES_SECOND.get(n / SERIES_FIRST.size());
    }

    /** The prompt's candidate lines, in the order it lists them. */
    static List<String> candidates(String prompt) {
        List<String> lines = new ArrayList<>();
        boolean inList = false;
        for (String line : prompt.substring(candidatesStart(prompt)).split("\n")) {
            Matcher m = NUMBERED.matcher(line.strip());
            if (m.matches()) {
                inList = true;
                lines.add(m.group(1).strip());
            } else if (inList) {
                break;
            }
        }
        return lines;
    }

    /** Everything the prompt says before its candidates: the history (and any demonstration). */
    static String history(String prompt) {
        return prompt.substring(0, candidatesStart(prompt));
    }

    /** Where the line introducing the candidates starts ("Now there are 20 candidate films that I could …"). */
    private static int candidatesStart(String prompt) {
        int at = prompt.indexOf("could choose next");
        return at < 0 ? 0 : prompt.lastIndexOf('\n', at) + 1;
    }

    /** A model that lists the candidates in the order given: the strongest position bias there is. */
    public static String keepsTheListedOrder(String prompt) {
        return numbered(candidates(prompt));
    }

    /** A model that ranks by the titles alone, whatever the history says. */
    public static String ignoresTheHistory(String prompt) {
        List<String> ranked = new ArrayList<>(candidates(prompt));
        ranked.sort(Comparator.comparingInt(title -> title.hashCode() * 31 + 7));
        return numbered(ranked);
    }

    /**
     * A model that reads what the history holds but not its order: candidates of a series the history shows come
     * first, the others by title.
     */
    public static String followsTheSeriesInTheHistory(String prompt) {
        String history = history(prompt);
        List<String> ranked = new ArrayList<>(candidates(prompt));
        ranked.sort(Comparator.comparing((String title) -> !history.contains(seriesOf(title)))
                .thenComparingInt(title -> title.hashCode() * 31 + 7));
        return numbered(ranked);
    }

    /** A model that puts the most watched candidates first. */
    public Function<String, String> popularFirst() {
        return prompt -> {
            List<String> ranked = new ArrayList<>(candidates(prompt));
            ranked.sort(Comparator.comparingInt((String title) -> -watchers.getOrDefault(title, 0))
                    .thenComparing(title -> title));
            return numbered(ranked);
        };
    }

    /** "Crimson Harbor II (1997)" → "Crimson Harbor"; a stand-alone film's title words otherwise. */
    private static String seriesOf(String title) {
        String[] words = title.split(" ");
        return words.length >= 2 ? words[0] + " " + words[1].replaceAll("[^A-Za-z]", "") : title;
    }

    private static String numbered(List<String> titles) {
        StringBuilder answer = new StringBuilder();
        for (int i = 0; i < titles.size(); i++) {
            answer.append(i + 1).append(". ").append(titles.get(i)).append('\n');
        }
        return answer.toString();
    }
}
