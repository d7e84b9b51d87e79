package org.herald.server;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.herald.store.StoreException;

/** The HTTP server: every route in this one place; handlers are short and call {@link ApiService}. */
public final class HeraldServer {
    // Records (actor counts, dyad points, edges) go out in the same snake_case as the event fields.
    private static final ObjectMapper JSON = new ObjectMapper().setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);

    private HeraldServer() {}

    /** Starts on host:port (port 0 picks a free port; read it back with {@code app.port()}). */
    public static Javalin start(ApiService api, String host, int port) {
        Javalin app = Javalin.create(config -> {
            config.jetty.host = host;
            config.jetty.port = port;
            config.staticFiles.add("/web", Location.CLASSPATH);
            config.routes.get("/api/events", ctx -> send(ctx, api.events(query(ctx))));
            config.routes.get("/api/events/{id}", ctx -> {
                long id = parseId(ctx.pathParam("id"));
                var e = api.event(id);
                if (e.isEmpty()) {
                    ctx.status(404);
                    send(ctx, Map.of("error", "no event " + id));
                } else {
                    send(ctx, e.get());
                }
            });
            config.routes.get("/api/actors", ctx -> send(ctx, api.actors(query(ctx))));
            config.routes.get("/api/dyad", ctx -> send(ctx, api.dyad(query(ctx))));
            config.routes.get("/api/network", ctx -> send(ctx, api.network(query(ctx))));
            config.routes.post("/api/articles", ctx -> {
                String type = ctx.contentType() == null ? "" : ctx.contentType();
                Map<String, Object> body = null;
                if (type.startsWith("application/json")) {
                    try {
                        body = JSON.readValue(ctx.body(), new TypeReference<Map<String, Object>>() {});
                    } catch (IOException e) {
                        throw new ApiService.BadRequest("body is not a JSON object: " + e.getMessage());
                    }
                }
                Map<String, Object> result = api.ingest(body, body == null ? ctx.body() : null, query(ctx));
                ctx.status(201);
                send(ctx, result);
            });
            config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(org.herald.dict.Resources.text("herald/server/openapi.json")));
            config.routes.exception(ApiService.BadRequest.class, (e, ctx) -> {
                ctx.status(400);
                send(ctx, Map.of("error", e.getMessage()));
            });
            config.routes.exception(StoreException.class, (e, ctx) -> {
                ctx.status(500);
                send(ctx, Map.of("error", e.getMessage()));
            });
        });
        return app.start();
    }

    private static long parseId(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new ApiService.BadRequest("event id must be a number: " + s);
        }
    }

    private static Map<String, String> query(Context ctx) {
        Map<String, String> m = new HashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!v.isEmpty()) m.put(k, v.get(0));
        });
        return m;
    }

    private static void send(Context ctx, Object body) {
        try {
            ctx.contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
