package org.llm4rec.explorer.llm;

import java.util.Locale;

/** Turns the forms people write a server address in into a base URL, following Ollama's own OLLAMA_HOST rules. */
final class OllamaHost {
    private static final String DEFAULT_PORT = "11434";

    private OllamaHost() {
    }

    static String toBaseUrl(String value) {
        String rest = value.strip();
        String scheme = "http";
        String defaultPort = DEFAULT_PORT;
        int schemeEnd = rest.indexOf("://");
        if (schemeEnd >= 0) {
            scheme = rest.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
            rest = rest.substring(schemeEnd + 3);
            // An explicit scheme makes the address an ordinary URL, whose default ports are the scheme's.
            defaultPort = switch (scheme) {
                case "https" -> "443";
                case "http" -> "80";
                default -> DEFAULT_PORT;
            };
        }
        String path = "";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            path = stripTrailingSlashes(rest.substring(slash));
            rest = rest.substring(0, slash);
        }
        String host;
        String port;
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            host = close > 0 ? rest.substring(0, close + 1) : rest + "]";
            port = close > 0 && rest.startsWith(":", close + 1) ? rest.substring(close + 2) : defaultPort;
        } else if (rest.indexOf(':') >= 0 && rest.indexOf(':') == rest.lastIndexOf(':')) {
            host = rest.substring(0, rest.indexOf(':'));
            port = rest.substring(rest.indexOf(':') + 1);
        } else if (rest.indexOf(':') >= 0) {
            host = "[" + rest + "]";
            port = defaultPort;
        } else {
            host = rest;
            port = defaultPort;
        }
        return scheme + "://" + clientHost(host) + ":" + (port.isEmpty() ? defaultPort : port) + path;
    }

    /** A server told to listen on every interface is reached through the loopback. */
    private static String clientHost(String host) {
        return switch (host) {
            case "", "0.0.0.0" -> "127.0.0.1";
            case "[::]" -> "[::1]";
            default -> host;
        };
    }

    private static String stripTrailingSlashes(String path) {
        String p = path;
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
