package org.llm4rec.explorer.store;

/** The store could not do what was asked: the file is unusable, newer than this app, or a query failed. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
