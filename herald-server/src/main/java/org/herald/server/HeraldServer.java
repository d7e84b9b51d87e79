package org.herald.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.herald.store.StoreException;

/**
 * The HTTP server: every route in this one place; handlers are short and call {@link ApiService}. Before any
 * route, {@link SecurityHeaders} go on the response and {@link WriteGuard} decides whether the request may go on.
 */
public final class HeraldServer {
    /** The media type of the wire text format; text/plain is refused because any web page may post it. */
    public static final String WIRE_TYPE = "text/x-herald-wire";

    private static final ObjectMapper JSON = ApiJson.MAPPER;

    /** A body arriving slower than this is cut off (a 1 MiB body may still take 17 minutes). */
    static final long MIN_REQUEST_BYTES_PER_SECOND = 1024;

    private static final Pattern VALID_QUERY = Pattern.compile("([^%]|%[0-9A-Fa-f]{2})*");

    private HeraldServer() {}

    /** Starts on a loopback host:port with no token (port 0 picks a free port; read it back with {@code app.port()}). */
    public static Javalin start(ApiService api, String host, int port) {
        return start(api, host, port, null);
    }

    /**
     * Starts on host:port. A non-loopback host needs a token, and with a token every write must carry it.
     *
     * @throws IllegalArgumentException for a non-loopback host without a token
     */
    public static Javalin start(ApiService api, String host, int port, String token) {
        WriteGuard guard = new WriteGuard(host, token);
        Limits limits = api.limits();
        Javalin app = Javalin.create(config -> {
            config.jetty.host = host;
            config.jetty.port = port;
            config.http.maxRequestSize = limits.maxBodyBytes();
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.staticFiles.add("/web", Location.CLASSPATH);
            config.routes.before(ctx -> {
                SecurityHeaders.apply(ctx);
                guard.check(ctx);
            });
            config.routes.get("/api/events", ctx -> send(ctx, api.events(query(ctx))));
            config.routes.get("/api/events/{id}", ctx -> {
                long id = parseId(ctx.pathParam("id"));
                send(ctx, api.event(id).orElseThrow(() -> new ApiError(404, "no event " + id)));
            });
            config.routes.get("/api/quotes", ctx -> send(ctx, api.quotes(query(ctx))));
            config.routes.get("/api/figures", ctx -> send(ctx, api.figures(query(ctx))));
            config.routes.get("/api/actors", ctx -> send(ctx, api.actors(query(ctx))));
            config.routes.get("/api/dyad", ctx -> send(ctx, api.dyad(query(ctx))));
            config.routes.get("/api/network", ctx -> send(ctx, api.network(query(ctx))));
            config.routes.post("/api/articles", ctx -> {
                String type = mediaType(ctx);
                if (!type.equals("application/json") && !type.equals(WIRE_TYPE)) throw new ApiError(415, "post application/json or " + WIRE_TYPE);
                String posted = PostedBody.read(ctx, limits.maxBodyBytes());
                Map<String, Object> body = type.equals("application/json") ? parseObject(posted) : null;
                String text = body == null ? posted : null;
                Map<String, Object> result = api.ingest(body, text, query(ctx));
                ctx.status("new".equals(result.get("status")) ? 201 : 200);
                send(ctx, result);
            });
            config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(org.herald.dict.Resources.text("herald/server/openapi.json")));
            config.routes.exception(ApiError.class, (e, ctx) -> error(ctx, limits, e.status(), e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, limits, e.getStatus(), switch (e.getStatus()) {
                case 404 -> "no such resource";
                case 405 -> "method not allowed";
                case 413 -> "the request body is larger than " + limits.maxBodyBytes() + " bytes";
                default -> "the request failed";
            }));
            config.routes.exception(StoreException.class, (e, ctx) -> {
                log(ctx, e);
                error(ctx, limits, 500, "the event store could not answer");
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                log(ctx, e);
                error(ctx, limits, 500, "internal error");
            });
            config.routes.error(404, ctx -> {
                if (!isError(ctx)) error(ctx, limits, 404, "no such resource");
            });
            config.routes.error(405, ctx -> {
                if (!isError(ctx)) error(ctx, limits, 405, "method not allowed");
            });
        });
        app.start();
        // Jetty's idle timeout bounds a client that sends its request slowly or not at all; PostedBody's minimum data
        // rate one that sends a byte just before each timeout (the idle clock restarts with every byte).
        for (Connector c : app.jettyServer().server().getConnectors()) {
            if (c instanceof AbstractConnector a) a.setIdleTimeout(limits.idleTimeout().toMillis());
        }
        return app;
    }

    /** True for 127.0.0.0/8, ::1 and names that resolve only there (localhost); false for 0.0.0.0 and the rest. */
    public static boolean isLoopback(String host) {
        return WriteGuard.isLoopback(host);
    }

    private static long parseId(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("event id must be a number");
        }
    }

    /** The media type without parameters, lower case; "" when absent. */
    private static String mediaType(Context ctx) {
        String t = ctx.header("Content-Type"); // as sent: Jetty's parsed value fails on an unknown charset
        if (t == null) return "";
        int semi = t.indexOf(';');
        return (semi < 0 ? t : t.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> parseObject(String body) {
        try {
            if (!JSON.readTree(body).isObject()) throw ApiError.badRequest("the body must be a JSON object");
            return JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw ApiError.badRequest("the body is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
    }

    private static Map<String, String> query(Context ctx) {
        // A lone or malformed % escape would be decoded leniently (a filter silently dropped): refuse it instead.
        String raw = ctx.queryString();
        if (raw != null && !VALID_QUERY.matcher(raw).matches()) throw ApiError.badRequest("the query string has a malformed % escape");
        Map<String, String> m = new HashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!v.isEmpty()) m.put(k, v.get(0));
        });
        return m;
    }

    /** The details of a 500 go to the operator's terminal (the CLI has no logger), never to the client. */
    private static void log(Context ctx, Exception e) {
        System.err.println("herald: " + ctx.method() + " " + ctx.path() + " failed: " + e);
        if (e.getCause() != null) System.err.println("herald:   caused by " + e.getCause());
    }

    private static void error(Context ctx, Limits limits, int status, String message) {
        PostedBody.settle(ctx, limits.maxBodyBytes(), status);
        ctx.status(status);
        send(ctx, Map.of("error", message));
    }

    private static boolean isError(Context ctx) {
        String r = ctx.result();
        return r != null && r.startsWith("{\"error\"");
    }

    private static void send(Context ctx, Object body) {
        try {
            ctx.contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
