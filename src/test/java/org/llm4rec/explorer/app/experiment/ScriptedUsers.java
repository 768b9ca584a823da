package org.llm4rec.explorer.app.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MovieLens-layout dataset of 50 users whose ranking answers are scripted, so that every metric is known in
 * advance. User u (1..50) watched "Marker u", six fillers, a group film, then "Goal u" (the held-out target,
 * which nobody else watched). The scripted model finds "Marker u" in the history and places "Goal u":
 * <ul>
 *   <li>users 1–10 (watched "Alpha Film"): at rank 1;</li>
 *   <li>users 11–25 ("Beta Film"): at rank 3;</li>
 *   <li>users 26–40 ("Gamma Film"): at rank 12;</li>
 *   <li>users 41–50 (no group film): not at all; they list 18 other candidates, one invented title and one
 *       repeat instead (20 lines: 1 out of catalogue, 1 duplicate).</li>
 * </ul>
 * Hence, over the 50 users: HR@1 = 10/50 = 0.2; HR@5 = HR@10 = 25/50 = 0.5; HR@20 = 40/50 = 0.8;
 * NDCG@10 = (10·1 + 15·1/log2(4)) / 50 = (10 + 7.5) / 50 = 0.35; MRR = (10 + 15/3 + 15/12) / 50 = 0.325;
 * out-of-catalogue rate = duplicate rate = 10 / (50·20) = 0.01.
 */
public final class ScriptedUsers {
    public static final int USERS = 50;
    public static final double HR_1 = 0.2;
    public static final double HR_5 = 0.5;
    public static final double HR_20 = 0.8;
    public static final double NDCG_10 = 0.35;
    public static final double MRR = 0.325;
    public static final String INVENTED = "Nonexistent Movie Zzz (1999)";

    private static final Pattern MARKER = Pattern.compile("Marker (\\d\\d)");
    private static final Pattern NUMBERED = Pattern.compile("^\\d+\\. (.+)$");

    private ScriptedUsers() {
    }

    /** Writes movies.csv and ratings.csv into the folder. */
    public static Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<String> movies = new ArrayList<>(List.of("movieId,title,genres"));
        for (int u = 1; u <= USERS; u++) {
            movies.add(u + ",Marker " + two(u) + " (2001),Comedy");
            movies.add((100 + u) + ",Goal " + two(u) + " (2002),Comedy|Drama");
        }
        for (int f = 1; f <= 40; f++) {
            movies.add((200 + f) + ",Filler " + two(f) + " (2003),Drama");
        }
        movies.add("301,Alpha Film (2004),Action");
        movies.add("302,Beta Film (2004),Action");
        movies.add("303,Gamma Film (2004),Action");
        List<String> ratings = new ArrayList<>(List.of("userId,movieId,rating,timestamp"));
        for (int u = 1; u <= USERS; u++) {
            long t = 1_000_000_000L + u * 1000L;
            ratings.add(u + "," + u + ",4.0," + t++);
            for (int j = 0; j < 6; j++) {
                ratings.add(u + "," + (200 + 1 + (u + j) % 40) + ",3.0," + t++);
            }
            int group = u <= 10 ? 301 : u <= 25 ? 302 : u <= 40 ? 303 : 0;
            if (group != 0) {
                ratings.add(u + "," + group + ",5.0," + t++);
            }
            ratings.add(u + "," + (100 + u) + ",5.0," + t);
        }
        Files.write(folder.resolve("movies.csv"), movies);
        Files.write(folder.resolve("ratings.csv"), ratings);
        return folder;
    }

    /** The scripted model: reads the history and the candidates of a ranking prompt and answers as above. */
    public static String answer(String prompt) {
        int split = prompt.indexOf("candidate");
        String history = prompt.substring(0, split);
        List<String> candidates = new ArrayList<>();
        boolean inCandidates = false;
        for (String line : prompt.substring(split).split("\n")) {
            Matcher m = NUMBERED.matcher(line.strip());
            if (m.matches()) {
                inCandidates = true;
                candidates.add(m.group(1));
            } else if (inCandidates) {
                break;
            }
        }
        Matcher marker = MARKER.matcher(history);
        if (!marker.find()) {
            return "I cannot tell who you are.";
        }
        String goal = "Goal " + marker.group(1);
        int user = Integer.parseInt(marker.group(1));
        List<String> others = new ArrayList<>(candidates.stream().filter(c -> !c.contains(goal)).toList());
        String goalLine = candidates.stream().filter(c -> c.contains(goal)).findFirst().orElse(goal);
        List<String> answer = new ArrayList<>(others);
        if (history.contains("Alpha Film")) {
            answer.add(0, goalLine);
        } else if (history.contains("Beta Film")) {
            answer.add(2, goalLine);
        } else if (history.contains("Gamma Film")) {
            answer.add(11, goalLine);
        } else {
            answer = new ArrayList<>(others.subList(0, 18));
            answer.add(INVENTED);
            answer.add(others.get(0));
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < answer.size(); i++) {
            text.append(i + 1).append(". ").append(answer.get(i)).append('\n');
        }
        return user > 0 ? text.toString() : "";
    }

    private static String two(int n) {
        return String.format("%02d", n);
    }
}
