package org.herald.store;

/** A store operation that failed; the database is left as it was before the operation. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) { super(message, cause); }
}
