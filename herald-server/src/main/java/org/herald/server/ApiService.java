package org.herald.server;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.pipeline.HeraldPipeline;
import org.herald.pipeline.TimeBox;
import org.herald.store.ClaimQuery;
import org.herald.store.EventQuery;
import org.herald.store.EventStore;
import org.herald.store.StoredClaims;
import org.herald.store.StoredEvent;
import org.herald.store.StoredFigure;
import org.herald.store.StoredQuote;
import org.herald.store.merge.RealEvents;

/**
 * What the API does, independent of HTTP: reads and writes the store, codes posted articles. Every parameter is
 * checked against the {@link Limits}; a bad one is an {@link ApiError} with a message in our words.
 */
public final class ApiService {
    private static final Pattern ACTOR_CODE = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern CATEGORY = Pattern.compile("[a-z]+");
    private static final List<String> QUOTE_KINDS = List.of("direct", "phrase", "indirect");

    private final EventStore store;
    private final Supplier<HeraldPipeline> pipeline;
    private final Limits limits;
    // Coding runs in a time box so that a request can stop waiting for it; two at a time keeps CoreNLP's memory bounded.
    private final TimeBox coding;
    // The existence check and the write of a posted article happen together, so two posts cannot both pass it.
    private final Object writes = new Object();
    private final RenderedEvents rendered = new RenderedEvents(RenderedEvents.DEFAULT_MAX_CHARS);

    /** @param pipeline loaded on first use: CoreNLP takes seconds, and read-only use never needs it */
    public ApiService(EventStore store, Supplier<HeraldPipeline> pipeline) {
        this(store, pipeline, Limits.DEFAULT);
    }

    public ApiService(EventStore store, Supplier<HeraldPipeline> pipeline, Limits limits) {
        this.store = store;
        this.pipeline = pipeline;
        this.limits = limits;
        this.coding = new TimeBox(limits.codingTimeout(), 2);
    }

    public Limits limits() { return limits; }

    /**
     * Renders the newest events into the cache until it is full, so that the first pages a dashboard asks for do
     * not each read 50 wide rows from DuckDB. Meant for a background thread at start; returns the events rendered.
     */
    public int warmUp() {
        List<StoredEvent> events = new java.util.ArrayList<>();
        List<com.fasterxml.jackson.databind.util.RawValue> json = new java.util.ArrayList<>();
        long[] chars = {0};
        // No event renders under ~400 characters, so this many rows cover the bound: DuckDB sorts no more than that.
        int rows = (int) Math.min(Integer.MAX_VALUE, rendered.maxChars() / 400 + 1);
        store.newest(rows, e -> {
            var v = RenderedEvents.render(e, ApiService::json);
            chars[0] += ((String) v.rawValue()).length();
            if (chars[0] > rendered.maxChars()) return false;
            events.add(e);
            json.add(v);
            return true;
        });
        // Oldest first, so that the newest are the most recently used and the last to be dropped.
        for (int i = events.size() - 1; i >= 0; i--) rendered.put(events.get(i).id(), json.get(i));
        return events.size();
    }

    /** Starts {@link #warmUp} on a daemon thread; a failure only leaves the cache cold. */
    public void warmUpInBackground() {
        Thread t = new Thread(() -> {
            try {
                long t0 = System.nanoTime();
                int n = warmUp();
                System.err.printf(Locale.ROOT, "herald: %d newest events rendered for the API in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            } catch (RuntimeException e) {
                System.err.println("herald: cache warm-up stopped: " + e.getMessage());
            }
        }, "herald-warm-up");
        t.setDaemon(true);
        t.start();
    }

    public Map<String, Object> events(Map<String, String> q) {
        EventQuery query;
        try {
            query = new EventQuery(date(q, "from"), date(q, "to"), text(q, "actor"), text(q, "source"), text(q, "target"),
                    text(q, "country"), text(q, "code"), text(q, "root"), integer(q, "quad", 1, 4), text(q, "q"),
                    Optional.ofNullable(integer(q, "limit", 1, limits.maxPageSize())).orElse(50),
                    Optional.ofNullable(integer(q, "offset", 0, Integer.MAX_VALUE)).orElse(0), text(q, "place"), box(q), flag(q, "distinct"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage()); // EventQuery's own checks, in our words
        }
        EventStore.IdPage p = store.eventPage(query, rendered::contains);
        List<Object> events = new java.util.ArrayList<>(p.ids().size());
        // Counts change as articles join a real event, so they are added to the cached rendering, never kept in it.
        Map<Long, RealEvents.Counts> counts = query.distinct() ? store.realEventCounts(p.ids()) : Map.of();
        for (long id : p.ids()) {
            StoredEvent row = p.rows().get(id);
            com.fasterxml.jackson.databind.util.RawValue e = row != null ? rendered.put(row, ApiService::json) : rendered.get(id);
            // Evicted between the store's check and here: read it again (rare; only under a full cache).
            if (e == null) e = store.event(id).map(x -> RenderedEvents.render(x, ApiService::json)).orElse(null);
            if (e != null && counts.containsKey(id)) e = RenderedEvents.withFields(e, counts(counts.get(id)));
            if (e != null) events.add(e);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", p.total());
        m.put("limit", p.limit());
        m.put("offset", p.offset());
        m.put("events", events);
        return m;
    }

    public Optional<Map<String, Object>> event(long id) {
        return store.event(id).map(e -> {
            Map<String, Object> m = json(e);
            m.put("explanation", e.event().explanation());
            store.article(e.event().articleId()).ifPresent(a -> m.put("article", article(a)));
            // The quotes the event was coded inside, and the figures that belong to it.
            m.put("quotes", quotes(store.claims().quotes(ClaimQuery.ofEvent(id)).items()));
            m.put("figures", figures(store.claims().figures(ClaimQuery.ofEvent(id)).items()));
            store.realEvent(id).ifPresent(r -> m.putAll(realEvent(r)));
            return m;
        });
    }

    /** A page of quotes: filters {@code article}, {@code actor} (speaker code prefix), {@code kind}, {@code event}. */
    public Map<String, Object> quotes(Map<String, String> q) {
        String kind = text(q, "kind");
        if (kind != null && !QUOTE_KINDS.contains(kind)) throw ApiError.badRequest("kind must be one of " + String.join(", ", QUOTE_KINDS));
        StoredClaims.Page<StoredQuote> p = store.claims().quotes(claimQuery(q, kind));
        return page(p, "quotes", quotes(p.items()));
    }

    /** A page of figures: filters {@code article}, {@code actor} (claimant code prefix), {@code kind} (category), {@code event}. */
    public Map<String, Object> figures(Map<String, String> q) {
        String kind = text(q, "kind");
        if (kind != null && !CATEGORY.matcher(kind).matches()) throw ApiError.badRequest("kind must be a category of lowercase letters, e.g. deaths");
        StoredClaims.Page<StoredFigure> p = store.claims().figures(claimQuery(q, kind));
        return page(p, "figures", figures(p.items()));
    }

    /** The one JSON shape of a quote, wherever the API shows it (lists, an event, a posted article's answer). */
    private static List<Map<String, Object>> quotes(List<StoredQuote> quotes) {
        return quotes.stream().map(StoredQuote::fields).toList();
    }

    /** The one JSON shape of a figure, as for quotes. */
    private static List<Map<String, Object>> figures(List<StoredFigure> figures) {
        return figures.stream().map(StoredFigure::fields).toList();
    }

    private ClaimQuery claimQuery(Map<String, String> q, String kind) {
        String event = text(q, "event");
        Long eventId = null;
        if (event != null) {
            try {
                eventId = Long.parseLong(event);
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("event must be an event id (a whole number)");
            }
        }
        return new ClaimQuery(text(q, "article"), text(q, "actor"), kind, eventId,
                Optional.ofNullable(integer(q, "limit", 1, limits.maxPageSize())).orElse(50),
                Optional.ofNullable(integer(q, "offset", 0, Integer.MAX_VALUE)).orElse(0));
    }

    private static Map<String, Object> page(StoredClaims.Page<?> p, String key, List<Map<String, Object>> items) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", p.total());
        m.put("limit", p.limit());
        m.put("offset", p.offset());
        m.put(key, items);
        return m;
    }

    public List<EventStore.ActorCount> actors(Map<String, String> q) {
        return store.actors(Optional.ofNullable(integer(q, "limit", 1, limits.maxPageSize())).orElse(20));
    }

    public List<EventStore.DyadPoint> dyad(Map<String, String> q) {
        String a = text(q, "a"), b = text(q, "b");
        if (a == null || b == null) throw ApiError.badRequest("give both actors: ?a=RUS&b=IRN");
        // The store matches dyad actors by LIKE prefix: codes are letters and digits, so nothing else may reach it.
        if (!ACTOR_CODE.matcher(a).matches() || !ACTOR_CODE.matcher(b).matches()) {
            throw ApiError.badRequest("a and b must be actor codes (letters and digits)");
        }
        String interval = q.getOrDefault("interval", "day");
        if (!interval.equals("day") && !interval.equals("week")) throw ApiError.badRequest("interval must be day or week");
        return store.dyad(a, b, interval);
    }

    public EventStore.Network network(Map<String, String> q) {
        LocalDate from = date(q, "from"), to = date(q, "to");
        try {
            EventQuery.checkDates(from, to);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        return store.network(Optional.ofNullable(integer(q, "limit", 1, limits.maxPageSize())).orElse(100), from, to);
    }

    /**
     * Codes and stores a posted article: JSON fields, or wire text (plain text takes {@code ?date=}). An id already
     * stored with other content is a 409 unless {@code ?replace=true}; the same id and content changes nothing.
     * The answer's "status" is new, unchanged or replaced; it holds the article's stored events, quotes and figures.
     */
    public Map<String, Object> ingest(Map<String, Object> json, String text, Map<String, String> q) {
        boolean replace = flag(q, "replace");
        Article article = json != null ? PostedArticle.fromJson(json, limits)
                : PostedArticle.fromWire(text, Optional.ofNullable(date(q, "date")), limits);
        Optional<EventStore.Status> known = known(article, replace);
        if (known.isPresent()) return answer(article, known.get());
        CodedArticle coded = code(article);
        synchronized (writes) {
            known = known(article, replace);
            if (known.isPresent()) return answer(article, known.get());
            return answer(article, store.ingest(coded).status());
        }
    }

    /** UNCHANGED when the store holds this very article; a 409 when it holds the id with other content. */
    private Optional<EventStore.Status> known(Article a, boolean replace) {
        if (store.isCurrent(a)) return Optional.of(EventStore.Status.UNCHANGED);
        if (!replace && store.article(a.id()).isPresent()) {
            throw new ApiError(409, "article " + PostedArticle.clip(a.id()) + " exists with other content; post with ?replace=true to replace it");
        }
        return Optional.empty();
    }

    private Map<String, Object> answer(Article a, EventStore.Status status) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article_id", a.id());
        m.put("status", status.name().toLowerCase(Locale.ROOT));
        store.discardReason(a.id()).ifPresent(why -> m.put("discarded", why)); // stored, not coded, and why (a re-post too)
        m.put("events", store.eventsOf(a.id()).stream().map(ApiService::json).toList());
        // Its quotes and figures as GET /api/quotes?article= and /api/figures?article= list them (all, not one page).
        StoredClaims.OfArticle claims = store.claims().ofArticle(a.id());
        m.put("quotes", quotes(claims.quotes()));
        m.put("figures", figures(claims.figures()));
        return m;
    }

    /** Codes within the time box. Loading CoreNLP (once, on the first post) is not counted. */
    private CodedArticle code(Article article) {
        HeraldPipeline p = pipeline.get();
        try {
            return coding.run(() -> p.codeArticle(article));
        } catch (TimeBox.OverTime e) {
            throw new ApiError(503, "coding took longer than " + limits.codingTimeout().toSeconds() + " s; post a shorter article");
        } catch (TimeBox.Stopped e) {
            throw new ApiError(503, "the server is stopping");
        } catch (RuntimeException | Error e) {
            System.err.println("herald: coding article " + article.id() + " failed: " + e);
            throw new ApiError(500, "coding the article failed");
        }
    }

    private EventQuery.Box box(Map<String, String> q) {
        String b = text(q, "bbox");
        if (b == null) return null;
        try {
            return EventQuery.Box.parse(b);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    static Map<String, Object> json(StoredEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.putAll(e.event().fields());
        return m;
    }

    /** The real event's id and counts, and its mentions (GDELT's Mentions table: article, sentence, date, confidence). */
    private static Map<String, Object> realEvent(RealEvents.RealEvent r) {
        Map<String, Object> m = new LinkedHashMap<>(counts(r.counts()));
        List<Map<String, Object>> mentions = new java.util.ArrayList<>();
        for (RealEvents.Mention x : r.mentions()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("event_id", x.eventId());
            one.put("article_id", x.articleId());
            one.put("sentence", x.sentence());
            one.put("date", x.date().toString());
            one.put("confidence", Double.isNaN(x.confidence()) ? null : x.confidence());
            one.put("source_name", x.sourceName());
            one.put("near_duplicate_of", x.nearDuplicateOf());
            mentions.add(one);
        }
        m.put("mentions", mentions);
        return m;
    }

    static Map<String, Object> counts(RealEvents.Counts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("merged_id", c.mergedId());
        m.put("num_mentions", c.numMentions());
        m.put("num_sources", c.numSources());
        m.put("num_articles", c.numArticles());
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

    /** A text filter: null when absent or blank, else stripped; too long or with control characters is a 400. */
    private String text(Map<String, String> q, String key) {
        String v = q.get(key);
        if (v == null || v.isBlank()) return null;
        if (v.length() > limits.maxParamChars()) throw ApiError.badRequest(key + " is longer than " + limits.maxParamChars() + " characters");
        PostedArticle.checkText(key, v, false);
        return v.strip();
    }

    private LocalDate date(Map<String, String> q, String key) {
        String v = text(q, key);
        return v == null ? null : PostedArticle.date(v, key);
    }

    private Integer integer(Map<String, String> q, String key, int min, int max) {
        String v = text(q, key);
        if (v == null || v.equalsIgnoreCase("all")) return null;
        String range = max == Integer.MAX_VALUE ? min + " or more" : "from " + min + " to " + max;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw ApiError.badRequest(key + " must be a whole number " + range);
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(key + " must be a whole number " + range);
        }
    }

    private static boolean flag(Map<String, String> q, String key) {
        String v = q.get(key);
        if (v == null || v.equals("false")) return false;
        if (v.equals("true")) return true;
        throw ApiError.badRequest(key + " must be true or false");
    }
}
