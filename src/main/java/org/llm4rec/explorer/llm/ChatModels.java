package org.llm4rec.explorer.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.ollama.OllamaChatRequestParameters;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.llm.LlmRequest;

/**
 * Maps one {@link LlmRequest} onto LangChain4j's Ollama streaming model. A model object is built per request: it
 * is cheap, it carries the request's options, and it is where the per-request HTTP tap is plugged in.
 */
final class ChatModels {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Sends no options at all, so that every server default applies. */
    static final GenerationOptions NO_OPTIONS =
            GenerationOptions.unset();

    private ChatModels() {
    }

    /**
     * @throws IllegalArgumentException when the request cannot be sent, e.g. a JSON schema that is not JSON
     */
    static OllamaStreamingChatModel streaming(String baseUrl, HttpClientBuilder http, LlmRequest request) {
        GenerationOptions options = request.options() == null ? NO_OPTIONS : request.options();
        return OllamaStreamingChatModel.builder()
                .baseUrl(baseUrl)
                .httpClientBuilder(http)
                .modelName(request.model())
                .temperature(options.temperature())
                .topP(options.topP())
                .topK(options.topK())
                .seed(options.seed())
                .numCtx(options.numCtx())
                .numPredict(options.numPredict())
                .repeatPenalty(options.repeatPenalty())
                .stop(options.stop().isEmpty() ? null : options.stop())
                .think(options.think())
                // The builder has no keep-alive of its own; the default parameters carry it onto the wire.
                .defaultRequestParameters(OllamaChatRequestParameters.builder()
                        .keepAlive(options.keepAlive()).build())
                // Thinking models think by default since Ollama 0.12.4; without this LangChain4j drops the trace.
                .returnThinking(true)
                .responseFormat(responseFormat(request.jsonSchema()))
                .build();
    }

    static ChatRequest chatRequest(LlmRequest request) {
        return ChatRequest.builder().messages(UserMessage.from(request.prompt())).build();
    }

    /** A raw schema goes to Ollama's {@code format} whole; LangChain4j's typed schema would drop what it lacks. */
    static ResponseFormat responseFormat(String jsonSchema) {
        if (jsonSchema == null || jsonSchema.isBlank()) {
            return null;
        }
        requireJsonObject(jsonSchema);
        return ResponseFormat.builder()
                .type(ResponseFormatType.JSON)
                .jsonSchema(JsonSchema.builder().name("answer").rootElement(JsonRawSchema.from(jsonSchema)).build())
                .build();
    }

    private static void requireJsonObject(String jsonSchema) {
        JsonNode schema;
        try {
            schema = JSON.readTree(jsonSchema);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(UserText.invalidSchema(e.getOriginalMessage()), e);
        }
        if (!schema.isObject()) {
            throw new IllegalArgumentException(UserText.invalidSchema("it must be a JSON object"));
        }
    }
}
