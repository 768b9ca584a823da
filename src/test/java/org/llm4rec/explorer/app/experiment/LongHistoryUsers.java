package org.llm4rec.explorer.app.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MovieLens-layout dataset of seven users with long, rated histories, for the "seen" rule, prompts with K above
 * 50 and NIR's user filtering. Users 1–6 first watched "Blockbuster" (everyone's most popular film); users 1–5
 * then "Goal 06", users 2–5 also "Goal 01"; then each watched their own "Seen uu-01" … "Seen uu-60" (odd ones
 * rated 2, even ones 5) and last their target "Goal uu". User 7 shares no film with anyone, so user filtering
 * finds no neighbours for them.
 *
 * <p>So with user filtering only users 1 and 6 have their target among the candidates: "Goal 01" and "Goal 06"
 * are held by their neighbours, no other user's goal is.
 */
final class LongHistoryUsers {
    static final int USERS = 7;
    static final int SEEN_PER_USER = 60;
    private static final Pattern USER = Pattern.compile("Seen (\\d\\d)-");

    private LongHistoryUsers() {
    }

    static Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<String> movies = new ArrayList<>(List.of("movieId,title,genres", "1,Blockbuster (1999),Action"));
        List<String> ratings = new ArrayList<>(List.of("userId,movieId,rating,timestamp"));
        for (int u = 1; u <= USERS; u++) {
            movies.add((10 + u) + ",Goal " + two(u) + " (2006),Drama");
            for (int k = 1; k <= SEEN_PER_USER; k++) {
                movies.add(seenId(u, k) + ",Seen " + two(u) + "-" + two(k) + " (2000),Comedy");
            }
        }
        movies.add("900,Loner One (1990),Western");
        movies.add("901,Loner Two (1990),Western");
        for (int u = 1; u <= 6; u++) {
            long t = 1_000_000_000L + u * 10_000L;
            ratings.add(u + ",1,4.0," + t++);
            if (u != 6) {
                ratings.add(u + ",16,4.0," + t++);
            }
            if (u >= 2 && u <= 5) {
                ratings.add(u + ",11,5.0," + t++);
            }
            for (int k = 1; k <= SEEN_PER_USER; k++) {
                ratings.add(u + "," + seenId(u, k) + "," + (k % 2 == 1 ? "2.0" : "5.0") + "," + t++);
            }
            ratings.add(u + "," + (10 + u) + ",5.0," + t);
        }
        ratings.add("7,900,3.0,1100000000");
        ratings.add("7,901,4.0,1100000001");
        ratings.add("7,17,5.0,1100000002");
        Files.write(folder.resolve("movies.csv"), movies);
        Files.write(folder.resolve("ratings.csv"), ratings);
        return folder;
    }

    /**
     * The scripted model. Open generation: a film the user saw long ago (older than any cut below 60), the last
     * film of the history, the user's goal, and Blockbuster, as JSON. Yes/No questions: "Yes". Ratings: "4".
     * Rankings: the first line of the candidate list.
     */
    static String answer(String prompt) {
        if (prompt.contains("User preference:")) {
            return "Yes";
        }
        if (prompt.contains("How will I rate")) {
            return "4";
        }
        Matcher user = USER.matcher(prompt);
        String u = user.find() ? user.group(1) : "07";
        if (prompt.contains("Reply with JSON")) {
            return "{\"recommendations\": ["
                    + "{\"title\": \"Seen " + u + "-01 (2000)\", \"explanation\": \"An old favourite.\"},"
                    + "{\"title\": \"Seen " + u + "-60 (2000)\", \"explanation\": \"The latest one.\"},"
                    + "{\"title\": \"Goal " + u + " (2006)\", \"explanation\": \"Fits the comedies.\"},"
                    + "{\"title\": \"Blockbuster (1999)\", \"explanation\": \"Everyone likes it.\"}]}";
        }
        return "1. Blockbuster (1999)";
    }

    static int seenId(int user, int k) {
        return 1000 + user * 100 + k;
    }

    static String two(int n) {
        return String.format("%02d", n);
    }
}
