package org.llm4rec.explorer.llm;

import java.io.Closeable;

/**
 * Sees a streamed Ollama answer at the HTTP level, underneath LangChain4j: the moment the body starts, every byte
 * arriving, and every raw NDJSON line. LangChain4j keeps none of the timings Ollama sends and gives no signal when
 * a stream ends without its final line; this is where both are recovered.
 */
interface StreamTap {

    /** Headers arrived with a success status; closing {@code body} drops the connection. */
    void opened(Closeable body);

    /** Some bytes of the body arrived. */
    void received();

    /**
     * One raw line, before LangChain4j parses it.
     *
     * @return false to keep the line from LangChain4j
     */
    boolean line(String line);

    /** The body ended, cleanly or not; called after LangChain4j has seen everything. */
    void ended();
}
