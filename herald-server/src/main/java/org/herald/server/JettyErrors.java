package org.herald.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before any route runs (a malformed URI, headers too large): the same short JSON and
 * headers as the routes' errors instead of Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        response.write(true, body(code, response.getHeaders()), callback);
    }

    private static ByteBuffer body(int status, HttpFields.Mutable headers) {
        headers.put(HttpHeader.CONTENT_TYPE, "application/json");
        SecurityHeaders.HEADERS.forEach(headers::put);
        String message = switch (status) {
            case 400 -> "bad request";
            case 404 -> "no such resource";
            case 413 -> "the request is too large";
            case 414 -> "the URI is too long";
            case 431 -> "the request headers are too large";
            default -> status >= 500 ? "internal error" : "the request failed";
        };
        return ByteBuffer.wrap(("{\"error\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
