package org.llm4rec.explorer.ui.models;

import org.llm4rec.explorer.domain.llm.ModelDetails;
import org.llm4rec.explorer.domain.llm.ModelInfo;

/**
 * One installed model as the table shows it.
 *
 * @param info    what /api/tags says
 * @param details what /api/show says, null when it could not be asked
 */
public record ModelRow(ModelInfo info, ModelDetails details) {

    public String contextLength() {
        return details == null || details.contextLength() == null ? "" : String.format("%,d", details.contextLength());
    }

    /** The capabilities that matter for choosing a model; "completion" every chat model has. */
    public String capabilities() {
        if (details == null) {
            return "";
        }
        return String.join(", ", details.capabilities().stream()
                .filter(c -> c.equals("thinking") || c.equals("tools") || c.equals("vision")).toList());
    }

    public String shortDigest() {
        String digest = info.digest();
        return digest.length() > 12 ? digest.substring(0, 12) : digest;
    }
}
