package org.llm4rec.explorer.app.port;

import java.util.List;
import java.util.Optional;
import org.llm4rec.explorer.domain.run.RunRecord;

/** Every run, kept. */
public interface RunRepository {

    void save(RunRecord run);

    /** The newest runs first. */
    List<RunRecord> recent(int limit);

    Optional<RunRecord> find(String runId);
}
