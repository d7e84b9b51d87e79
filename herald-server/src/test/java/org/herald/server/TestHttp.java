package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

/** Requests to a test server on loopback: one way to build them for every HTTP test, and one way to check an error. */
final class TestHttp {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestHttp() {}

    /** A request with {@code method}, a body of {@code type} (both may be null) and header name/value pairs. */
    static HttpResponse<String> send(Javalin server, String method, String path, String type, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) b.header("Content-Type", type);
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(Javalin server, String path, String... headers) throws Exception {
        return send(server, "GET", path, null, null, headers);
    }

    static HttpResponse<String> post(Javalin server, String path, String type, String body, String... headers) throws Exception {
        return send(server, "POST", path, type, body, headers);
    }

    /**
     * An error answer is {"error": "..."} alone, with the expected status: short, and in our words (no library or
     * Java names, no markup). Returns the message.
     */
    static String assertShortError(int status, int actual, String contentType, String body) throws Exception {
        assertEquals(status, actual, body);
        assertTrue(contentType != null && contentType.startsWith("application/json"), contentType);
        JsonNode j = JSON.readTree(body);
        assertEquals(1, j.size(), body);
        String message = j.get("error").asText();
        assertTrue(message.length() <= 120, message);
        String lower = body.toLowerCase(Locale.ROOT);
        for (String leak : List.of("jackson", "java.", "exception", "com.", "org.", "duckdb", "sql", "stack", "jetty", "javalin", "<")) {
            assertFalse(lower.contains(leak), "'" + leak + "' in " + body);
        }
        return message;
    }

    static String assertShortError(int status, HttpResponse<String> r) throws Exception {
        return assertShortError(status, r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
    }
}
