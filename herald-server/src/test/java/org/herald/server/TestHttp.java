package org.herald.server;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Requests to a test server on loopback: one way to build them for every HTTP test. */
final class TestHttp {
    static final HttpClient HTTP = HttpClient.newHttpClient();

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
}
