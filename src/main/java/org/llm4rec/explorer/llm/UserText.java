package org.llm4rec.explorer.llm;

import java.time.Duration;

/**
 * The sentences shown to the user when Ollama cannot help: each says what happened in the user's terms and, where
 * there is one, what to do about it.
 */
final class UserText {
    private UserText() {
    }

    static String notReachable(String url) {
        return "Ollama is not reachable at " + url + ". Is it running? Start it with `ollama serve`.";
    }

    /** For the status line, where the user may not have installed anything yet. */
    static String notReachableFirstSteps(String url) {
        return "Ollama is not reachable at " + url + ". Start it with `ollama serve`, then pull a model, "
                + "e.g. `ollama pull llama3.2:3b`.";
    }

    static String unknownHost(String url) {
        return "The host in " + url + " could not be found. Check the Ollama address (OLLAMA_HOST).";
    }

    static String invalidAddress(String url) {
        return "'" + url + "' is not a usable server address. Use one like http://localhost:11434.";
    }

    static String connectTimeout(String url, Duration waited) {
        return "Ollama at " + url + " did not accept a connection within " + seconds(waited)
                + ". Check the address and that the server is up.";
    }

    static String noAnswer(String url, Duration waited) {
        return "Ollama at " + url + " did not answer within " + seconds(waited) + ". It may be busy; try again.";
    }

    static String notOllama(String url, String what) {
        return "The server at " + url + " " + what + "; it does not look like Ollama. Check the address.";
    }

    static String modelNotFound(String model, String url) {
        return "Model '" + model + "' is not installed on " + url + ". Pull it with `ollama pull " + model + "`.";
    }

    static String badRequest(String model, String serverText) {
        return "Ollama refused the request for model '" + model + "': " + serverText;
    }

    static String busy(String url, String serverText) {
        return "Ollama at " + url + " is busy (" + serverText + "). Try again in a moment.";
    }

    static String serverError(String model, String serverText) {
        return "Ollama failed while running model '" + model + "': " + serverText;
    }

    static String httpStatus(String url, int status, String serverText) {
        return "Ollama at " + url + " answered with HTTP " + status + (serverText.isEmpty() ? "." : ": " + serverText);
    }

    static String firstTokenTimeout(String model, String url, Duration waited) {
        return "Model '" + model + "' at " + url + " did not start answering within " + seconds(waited)
                + ". Loading a large model for the first time can be slow: try again, or allow more time.";
    }

    static String idleTimeout(String model, String url, Duration waited) {
        return "No data for " + seconds(waited) + " from model '" + model + "' at " + url
                + "; the answer was stopped.";
    }

    static String deadline(String model, String url, Duration waited) {
        return "Model '" + model + "' at " + url + " did not finish within " + seconds(waited)
                + "; the answer was stopped.";
    }

    static String incomplete(String model, String url) {
        return "The answer from model '" + model + "' broke off: the connection to " + url
                + " ended before Ollama said it was done.";
    }

    static String closedWithoutAnswer(String model, String url) {
        return "Ollama at " + url + " closed the connection without answering for model '" + model + "'.";
    }

    static String malformedLine(String model, String url) {
        return "Ollama at " + url + " sent something that is not JSON while model '" + model
                + "' was answering; the answer was stopped.";
    }

    static String invalidSchema(String detail) {
        return "The JSON schema for the answer is not valid JSON: " + detail;
    }

    static String cancelled(String model) {
        return "The answer from model '" + model + "' was cancelled.";
    }

    /** "60 s", or "0.3 s" for the short timeouts used in tests. */
    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
