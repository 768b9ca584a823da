package org.llm4rec.explorer.ui.experiment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llm4rec.explorer.fake.FakeOllama;

/**
 * A fake model for experiments: it ranks the candidates of a ranking prompt in an order fixed by the model's
 * name and each title, so two models disagree and every user gets some hits and some misses; every seventh
 * answer also names a film that is not in the catalogue.
 */
final class RankingAnswers {
    static final String FIRST_MODEL = "llama3.2:3b";
    static final String SECOND_MODEL = "qwen3:4b";
    private static final Pattern NUMBERED = Pattern.compile("^\\d+\\. (.+)$");

    private RankingAnswers() {
    }

    static FakeOllama serve(FakeOllama fake, Duration chunkDelay) {
        return fake.replies(FIRST_MODEL, prompt -> answer(FIRST_MODEL, prompt))
                .chunkDelay(FIRST_MODEL, chunkDelay)
                .replies(SECOND_MODEL, prompt -> answer(SECOND_MODEL, prompt))
                .chunkDelay(SECOND_MODEL, chunkDelay);
    }

    static String answer(String model, String prompt) {
        int split = prompt.indexOf("candidate");
        List<String> candidates = new ArrayList<>();
        for (String line : prompt.substring(Math.max(0, split)).split("\n")) {
            Matcher m = NUMBERED.matcher(line.strip());
            if (m.matches()) {
                candidates.add(m.group(1).strip());
            }
        }
        candidates.sort(Comparator.comparingInt(title -> (title + model).hashCode() * 31 + 7));
        StringBuilder answer = new StringBuilder();
        for (int i = 0; i < candidates.size(); i++) {
            answer.append(i + 1).append(". ").append(candidates.get(i)).append('\n');
        }
        if (Math.floorMod(prompt.hashCode(), 7) == 0) {
            answer.append(candidates.size() + 1).append(". The Film That Never Was (1999)\n");
        }
        return answer.toString();
    }

    /** Serves both models on a port, for looking at the Experiments window by hand. */
    public static void main(String[] args) throws InterruptedException {
        FakeOllama fake = serve(FakeOllama.start(Integer.parseInt(args[0])), Duration.ofMillis(15));
        System.out.println("Fake Ollama for experiments on " + fake.baseUrl());
        new CountDownLatch(1).await();
    }
}
