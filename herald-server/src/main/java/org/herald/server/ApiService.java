package org.herald.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.pipeline.HeraldPipeline;
import org.herald.read.InputError;
import org.herald.read.InputFormat;
import org.herald.read.Inputs;
import org.herald.read.ReadResult;
import org.herald.store.EventQuery;
import org.herald.store.EventStore;
import org.herald.store.StoredEvent;

/** What the API does, independent of HTTP: reads and writes the store, codes posted articles. */
public final class ApiService {
    /** A request the client got wrong: the message goes back with status 400. */
    public static final class BadRequest extends RuntimeException {
        public BadRequest(String message) { super(message); }
    }

    private final EventStore store;
    private final Supplier<HeraldPipeline> pipeline;

    /** @param pipeline loaded on first use: CoreNLP takes seconds, and read-only use never needs it */
    public ApiService(EventStore store, Supplier<HeraldPipeline> pipeline) {
        this.store = store;
        this.pipeline = pipeline;
    }

    public Map<String, Object> events(Map<String, String> q) {
        EventQuery query = new EventQuery(date(q, "from"), date(q, "to"), q.get("actor"), q.get("source"), q.get("target"),
                q.get("country"), q.get("code"), q.get("root"), integer(q, "quad"), q.get("q"),
                Optional.ofNullable(integer(q, "limit")).orElse(50), Optional.ofNullable(integer(q, "offset")).orElse(0),
                q.get("place"), box(q));
        EventStore.Page p = store.events(query);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", p.total());
        m.put("limit", p.limit());
        m.put("offset", p.offset());
        m.put("events", p.events().stream().map(ApiService::json).toList());
        return m;
    }

    public Optional<Map<String, Object>> event(long id) {
        return store.event(id).map(e -> {
            Map<String, Object> m = json(e);
            m.put("explanation", e.event().explanation());
            store.article(e.event().articleId()).ifPresent(a -> m.put("article", article(a)));
            return m;
        });
    }

    public List<EventStore.ActorCount> actors(Map<String, String> q) {
        return store.actors(Optional.ofNullable(integer(q, "limit")).orElse(20));
    }

    public List<EventStore.DyadPoint> dyad(Map<String, String> q) {
        String a = q.get("a"), b = q.get("b");
        if (a == null || a.isBlank() || b == null || b.isBlank()) throw new BadRequest("give both actors: ?a=RUS&b=IRN");
        String interval = q.getOrDefault("interval", "day");
        if (!interval.equals("day") && !interval.equals("week")) throw new BadRequest("interval must be day or week");
        return store.dyad(a.strip(), b.strip(), interval);
    }

    public EventStore.Network network(Map<String, String> q) {
        return store.network(Optional.ofNullable(integer(q, "limit")).orElse(100), date(q, "from"), date(q, "to"));
    }

    /** Codes and stores a posted article (JSON fields, or wire/plain text with ?date= for plain text). */
    public Map<String, Object> ingest(Map<String, Object> json, String text, Map<String, String> q) {
        Article article;
        if (json != null) {
            Object body = json.getOrDefault("text", json.get("body"));
            if (body == null || body.toString().isBlank()) throw new BadRequest("missing \"text\"");
            LocalDate d;
            try {
                d = json.get("date") == null ? null : LocalDate.parse(json.get("date").toString().substring(0, Math.min(10, json.get("date").toString().length())));
            } catch (DateTimeParseException e) {
                throw new BadRequest("bad \"date\" (want YYYY-MM-DD)");
            }
            if (d == null) throw new BadRequest("missing \"date\"");
            String id = Optional.ofNullable(json.get("id")).map(Object::toString).filter(s -> !s.isBlank())
                    .orElse("web-" + EventStore.contentHash(new Article("x", d, "", "", body.toString())).substring(0, 12));
            article = new Article(id, d, str(json.get("source")), str(json.get("title")), body.toString());
        } else {
            ReadResult r = new Inputs(InputFormat.AUTO, Optional.ofNullable(date(q, "date")), java.io.InputStream.nullInputStream())
                    .readText("request", text == null ? "" : text);
            if (!r.errors().isEmpty()) throw new BadRequest(r.errors().stream().map(InputError::toString).reduce((x, y) -> x + "; " + y).orElse(""));
            if (r.articles().size() != 1) throw new BadRequest("post one article at a time (got " + r.articles().size() + ")");
            article = r.articles().get(0);
        }
        CodedArticle coded = pipeline.get().codeArticle(article);
        EventStore.IngestResult result = store.ingest(coded);
        List<Map<String, Object>> events = store.eventsOf(article.id()).stream().map(ApiService::json).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article_id", article.id());
        m.put("status", result.status().name().toLowerCase(java.util.Locale.ROOT));
        m.put("events", events);
        return m;
    }

    private static EventQuery.Box box(Map<String, String> q) {
        String b = q.get("bbox");
        if (b == null || b.isBlank()) return null;
        try {
            return EventQuery.Box.parse(b);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    static Map<String, Object> json(StoredEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.putAll(e.event().fields());
        return m;
    }

    private static Map<String, Object> article(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("date", a.date().toString());
        m.put("source", a.source());
        m.put("title", a.title());
        m.put("body", a.body());
        return m;
    }

    private static String str(Object o) { return o == null ? "" : o.toString(); }

    private static LocalDate date(Map<String, String> q, String key) {
        String v = q.get(key);
        if (v == null || v.isBlank()) return null;
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequest("bad " + key + " '" + v + "' (want YYYY-MM-DD)");
        }
    }

    private static Integer integer(Map<String, String> q, String key) {
        String v = q.get(key);
        if (v == null || v.isBlank() || v.equalsIgnoreCase("all")) return null;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest("bad " + key + " '" + v + "' (want a number)");
        }
    }
}
