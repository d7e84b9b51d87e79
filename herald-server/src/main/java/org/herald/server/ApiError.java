package org.herald.server;

/**
 * A request the server refuses or cannot answer: the HTTP status and a short message in our own words, sent back
 * as {@code {"error": "..."}}. Messages never quote a library's exception text.
 */
public class ApiError extends RuntimeException {
    private final int status;

    public ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() { return status; }

    static ApiError badRequest(String message) { return new ApiError(400, message); }
}
