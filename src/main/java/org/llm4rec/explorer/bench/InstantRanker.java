package org.llm4rec.explorer.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmMetrics;
import org.llm4rec.explorer.domain.llm.LlmRequest;
import org.llm4rec.explorer.domain.llm.LlmResult;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.llm.ServerStatus;

/**
 * A model that answers at once, in process: it ranks the numbered candidate lines of a ranking prompt in reverse
 * order. Benchmarks use it to time everything around the model (candidates, prompts, parsing, grounding, metrics,
 * storing) without the model's own time.
 */
public final class InstantRanker implements LlmClient {
    public static final String MODEL = "instant-ranker";

    @Override
    public ServerStatus status() {
        return new ServerStatus("in-process", true, "instant", "");
    }

    @Override
    public List<ModelInfo> models() {
        return List.of(new ModelInfo(MODEL, "sha256:instant", "bench", "0B", "none", 0));
    }

    @Override
    public LlmResult generate(LlmRequest request, LlmListener listener, Cancellation cancellation) {
        String prompt = request.prompt();
        int start = prompt.indexOf("candidate");
        List<String> lines = new ArrayList<>();
        boolean inList = false;
        for (String line : prompt.substring(Math.max(0, start)).split("\n")) {
            int dot = line.indexOf(". ");
            if (dot > 0 && dot < 4 && Character.isDigit(line.charAt(0))) {
                inList = true;
                lines.add(line.substring(dot + 2));
            } else if (inList) {
                break;
            }
        }
        Collections.reverse(lines);
        StringBuilder answer = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            answer.append(i + 1).append(". ").append(lines.get(i)).append('\n');
        }
        return new LlmResult(answer.toString(), "", "stop",
                new LlmMetrics(0L, 0, 0L, prompt.length() / 4, answer.length() / 4, 0L));
    }
}
