package org.llm4rec.explorer.domain.llm;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Model names as Ollama reads them: {@code [host/][namespace/]model[:tag][@digest]}, where a name without a tag
 * means {@code :latest} ("llama3.2" runs "llama3.2:latest", which is how /api/tags lists it), the default host
 * (registry.ollama.ai) and namespace (library) may be left out, and case does not matter. A host, a namespace and
 * a tag or digest that are written keep their form.
 */
public final class ModelName {
    public static final String DEFAULT_TAG = "latest";
    private static final String DEFAULT_HOST = "registry.ollama.ai/";
    private static final String DEFAULT_NAMESPACE = "library/";

    private ModelName() {
    }

    /**
     * The name with its tag: ":latest" added when the model part (after the last "/") has none and no digest pins
     * it; a colon before the last "/" is a host's port, not a tag. Blank names are returned as they are.
     */
    public static String withTag(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String written = name.strip();
        String model = written.substring(written.lastIndexOf('/') + 1);
        return model.indexOf(':') >= 0 || model.indexOf('@') >= 0 ? written : written + ":" + DEFAULT_TAG;
    }

    /** Whether the two names mean the same model on an Ollama server. */
    public static boolean same(String a, String b) {
        return a != null && b != null && canonical(a).equals(canonical(b));
    }

    /**
     * The installed model a name means: the one listed under exactly that name (servers that are not Ollama list
     * names without tags), else the one the name means to Ollama.
     */
    public static Optional<ModelInfo> installed(String name, List<ModelInfo> installed) {
        return installed.stream().filter(m -> m.name().equals(name)).findFirst()
                .or(() -> installed.stream().filter(m -> same(m.name(), name)).findFirst());
    }

    /** What to say when no installed model has the name: what is installed, and the command that pulls it. */
    public static String notInstalled(String name, List<ModelInfo> installed) {
        return "The model \"" + name + "\" is not installed on the model server. Installed: "
                + (installed.isEmpty() ? "none" : String.join(", ", installed.stream().map(ModelInfo::name).toList()))
                + ". Pull it with `ollama pull " + withTag(name) + "`, or name an installed one.";
    }

    private static String canonical(String name) {
        String full = withTag(name).toLowerCase(Locale.ROOT);
        if (full.startsWith(DEFAULT_HOST)) {
            full = full.substring(DEFAULT_HOST.length());
        }
        if (full.startsWith(DEFAULT_NAMESPACE) && full.indexOf('/', DEFAULT_NAMESPACE.length()) < 0) {
            full = full.substring(DEFAULT_NAMESPACE.length());
        }
        return full;
    }
}
