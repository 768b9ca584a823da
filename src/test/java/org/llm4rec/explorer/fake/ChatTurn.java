package org.llm4rec.explorer.fake;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the fake will send for one chat request, worked out before anything is written: the thinking and content
 * chunks and why generation stopped. Mirrors the server's rules: {@code num_predict} counts thinking tokens too, a
 * stop string ends the answer without being sent, {@code think:false} suppresses the trace. {@code promptTime} is
 * how long the model reads this prompt before its first token.
 */
record ChatTurn(List<String> thinking, List<String> content, String doneReason, int promptTokens,
                Duration promptTime) {

    /** Token-sized pieces: a word with its trailing space, long words cut, like what a tokenizer would stream. */
    private static final Pattern PIECE = Pattern.compile("\\S{1,8}\\s*|\\s+");

    static ChatTurn plan(ModelScript script, JsonNode request) {
        String prompt = lastUserMessage(request.path("messages"));
        JsonNode thinkParam = request.path("think");
        // Since Ollama 0.12.4 a model that can think does so unless the request says think:false.
        boolean think = script.canThink() && !(thinkParam.isBoolean() && !thinkParam.asBoolean());
        List<String> thinking = think ? chunks(script.thinking()) : new ArrayList<>();

        String answer = script.answer().apply(prompt);
        String doneReason = "stop";
        int cut = firstStop(answer, request.path("options").path("stop"));
        if (cut >= 0) {
            answer = answer.substring(0, cut);
        }
        List<String> content = chunks(answer);

        if (script.fault() == FakeOllama.Fault.LENGTH_CUTOFF) {
            content = new ArrayList<>(content.subList(0, Math.max(1, content.size() / 2)));
            doneReason = "length";
        }
        int numPredict = request.path("options").path("num_predict").asInt(-1);
        if (numPredict >= 0 && thinking.size() + content.size() > numPredict) {
            int keepThinking = Math.min(thinking.size(), numPredict);
            thinking = new ArrayList<>(thinking.subList(0, keepThinking));
            content = new ArrayList<>(content.subList(0, numPredict - keepThinking));
            doneReason = "length";
        }
        return new ChatTurn(List.copyOf(thinking), List.copyOf(content), doneReason, countTokens(request),
                script.promptTime().apply(prompt));
    }

    int outputTokens() {
        return thinking.size() + content.size();
    }

    String contentText() {
        return String.join("", content);
    }

    String thinkingText() {
        return String.join("", thinking);
    }

    static List<String> chunks(String text) {
        List<String> pieces = new ArrayList<>();
        Matcher m = PIECE.matcher(text);
        while (m.find()) {
            pieces.add(m.group());
        }
        return pieces;
    }

    private static String lastUserMessage(JsonNode messages) {
        String prompt = "";
        for (JsonNode message : messages) {
            if ("user".equalsIgnoreCase(message.path("role").asText())) {
                prompt = message.path("content").asText("");
            }
        }
        return prompt;
    }

    private static int firstStop(String answer, JsonNode stops) {
        int first = -1;
        for (JsonNode stop : stops) {
            String s = stop.asText("");
            int at = s.isEmpty() ? -1 : answer.indexOf(s);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** One prompt token per whitespace-separated word of all messages: the fake has no tokenizer. */
    private static int countTokens(JsonNode request) {
        int tokens = 0;
        for (JsonNode message : request.path("messages")) {
            String text = message.path("content").asText("").strip();
            tokens += text.isEmpty() ? 0 : text.split("\\s+").length;
        }
        return tokens;
    }
}
