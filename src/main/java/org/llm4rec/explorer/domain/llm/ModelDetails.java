package org.llm4rec.explorer.domain.llm;

import java.util.List;

/**
 * What the server says about one installed model.
 *
 * @param name          model name
 * @param contextLength the longest context the model was trained for, null when not given
 * @param capabilities  e.g. "completion", "thinking", "tools", "vision"
 */
public record ModelDetails(String name, Integer contextLength, List<String> capabilities) {
    public ModelDetails {
        capabilities = List.copyOf(capabilities);
    }

    public boolean can(String capability) {
        return capabilities.contains(capability);
    }
}
