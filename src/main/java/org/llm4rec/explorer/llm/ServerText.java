package org.llm4rec.explorer.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import org.llm4rec.explorer.domain.EchoedText;

/**
 * The error text inside an error body: Ollama's {"error":"..."} or OpenAI's {"error":{"message":"..."}}, which vLLM
 * and llama.cpp follow; the body itself when it is something else. Either is what the server chose to send, cut
 * and escaped as {@link EchoedText} before it reaches a message, the log or a terminal.
 */
final class ServerText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServerText() {
    }

    static String of(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode error = JSON.readTree(body).path("error");
            if (error.isTextual()) {
                return EchoedText.safe(error.asText());
            }
            if (error.path("message").isTextual()) {
                return EchoedText.safe(error.path("message").asText());
            }
        } catch (IOException notJson) {
            // A proxy or a different server answered; show what it said.
        }
        return EchoedText.safe(body.strip());
    }
}
