package org.llm4rec.explorer.llm;

import java.time.Duration;

/**
 * The sentences shown to the user when a model server cannot help: each says what happened in the user's terms and,
 * where there is one, what to do about it. Ollama and OpenAI-compatible servers differ in what the user can do
 * (`ollama serve` and `ollama pull` exist only for one), so each kind of server has its own wording where that
 * matters and shares the rest.
 */
enum UserText {
    OLLAMA("Ollama") {
        @Override
        String notReachable(String url) {
            return "Ollama is not reachable at " + url + ". Is it running? Start it with `ollama serve`.";
        }

        @Override
        String unknownHost(String url) {
            return "The host in " + url + " could not be found. Check the Ollama address (OLLAMA_HOST).";
        }

        @Override
        String modelNotFound(String model, String url, String serverText) {
            return "Model '" + model + "' is not installed on " + url + ". Pull it with `ollama pull " + model + "`.";
        }

        @Override
        String subject(String url) {
            return "Ollama";
        }

        @Override
        String incomplete(String model, String url) {
            return "The answer from model '" + model + "' broke off: the connection to " + url
                    + " ended before Ollama said it was done.";
        }

        @Override
        String unexpectedAnswer(String url, String what) {
            return "The server at " + url + " " + what + "; it does not look like Ollama. Check the address.";
        }
    },

    OPENAI_COMPATIBLE("The server") {
        @Override
        String notReachable(String url) {
            return "The OpenAI-compatible server at " + url + " is not reachable. Is it running (e.g. `vllm serve`, "
                    + "`llama-server`, LM Studio's server)?";
        }

        @Override
        String unknownHost(String url) {
            return "The host in " + url + " could not be found. Check the server address in Settings.";
        }

        @Override
        String modelNotFound(String model, String url, String serverText) {
            return "The server at " + url + " does not serve model '" + model + "' (" + serverText
                    + "). Choose one it lists.";
        }

        @Override
        String subject(String url) {
            return "The server at " + url;
        }

        @Override
        String incomplete(String model, String url) {
            return "The answer from model '" + model + "' broke off: the connection to " + url + " ended early.";
        }

        @Override
        String unexpectedAnswer(String url, String what) {
            return "The server at " + url + " " + what + "; check that the address ends with the API path, e.g. /v1.";
        }
    };

    private final String server;

    UserText(String server) {
        this.server = server;
    }

    abstract String notReachable(String url);

    abstract String unknownHost(String url);

    abstract String modelNotFound(String model, String url, String serverText);

    /** Who refused or failed: Ollama is named, any other server by its address. */
    abstract String subject(String url);

    abstract String incomplete(String model, String url);

    /** The server answered, but not as this kind of server would: most likely the address is wrong. */
    abstract String unexpectedAnswer(String url, String what);

    String connectTimeout(String url, Duration waited) {
        return server + " at " + url + " did not accept a connection within " + seconds(waited)
                + ". Check the address and that the server is up.";
    }

    String noAnswer(String url, Duration waited) {
        return server + " at " + url + " did not answer within " + seconds(waited) + ". It may be busy; try again.";
    }

    String badRequest(String model, String url, String serverText) {
        return subject(url) + " refused the request for model '" + model + "': " + serverText;
    }

    String busy(String url, String serverText) {
        return server + " at " + url + " is busy (" + serverText + "). Try again in a moment.";
    }

    String serverError(String model, String url, String serverText) {
        return subject(url) + " failed while running model '" + model + "': " + serverText;
    }

    String httpStatus(String url, int status, String serverText) {
        return server + " at " + url + " answered with HTTP " + status
                + (serverText.isEmpty() ? "." : ": " + serverText);
    }

    String closedWithoutAnswer(String model, String url) {
        return server + " at " + url + " closed the connection without answering"
                + (model.isEmpty() ? "." : " for model '" + model + "'.");
    }

    /** For the status line, where the user may not have installed anything yet. */
    static String notReachableFirstSteps(String url) {
        return "Ollama is not reachable at " + url + ". Start it with `ollama serve`, then pull a model, "
                + "e.g. `ollama pull llama3.2:3b`.";
    }

    static String invalidAddress(String url) {
        return "'" + url + "' is not a usable server address. Use one like http://localhost:11434.";
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

    static String interrupted(String url) {
        return "The request to " + url + " was interrupted.";
    }

    /** "60 s", or "0.3 s" for the short timeouts used in tests. */
    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
