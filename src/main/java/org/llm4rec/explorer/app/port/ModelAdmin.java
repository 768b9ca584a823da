package org.llm4rec.explorer.app.port;

import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LoadedModel;
import org.llm4rec.explorer.domain.llm.ModelDetails;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.llm.PullListener;
import java.util.List;

/** Looking after the models of one server: what is installed, what it can do, what is loaded, and pulling more. */
public interface ModelAdmin {

    /** The server's base URL. */
    String url();

    List<ModelInfo> models() throws LlmException;

    /** Context length and capabilities of an installed model. */
    ModelDetails details(String model) throws LlmException;

    /** Models loaded in memory now. */
    List<LoadedModel> loaded() throws LlmException;

    /**
     * Downloads a model, reporting progress as it goes; blocks until it is installed, failed or cancelled.
     *
     * @throws LlmException MODEL_NOT_FOUND for a name the registry does not know, CANCELLED on cancel
     */
    void pull(String model, PullListener listener, Cancellation cancellation) throws LlmException;
}
