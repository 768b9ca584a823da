package org.llm4rec.explorer.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * The error text inside an error body: Ollama's {"error":"..."} or OpenAI's {"error":{"message":"..."}}, which vLLM
 * and llama.cpp follow; the body itself when it is something else.
 */
final class ServerText {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LENGTH = 300;

    private ServerText() {
    }

    static String of(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode error = JSON.readTree(body).path("error");
            if (error.isTextual()) {
                return error.asText();
            }
            if (error.path("message").isTextual()) {
                return error.path("message").asText();
            }
        } catch (IOException notJson) {
            // A proxy or a different server answered; show what it said.
        }
        String text = body.strip();
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "..." : text;
    }
}
