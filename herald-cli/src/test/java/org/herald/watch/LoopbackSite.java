package org.herald.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A news site on a free loopback port for watch tests: pages by path, each answer scripted, every request logged. */
public final class LoopbackSite implements AutoCloseable {
    /** One scripted answer: status, headers and body. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public static Answer ok(String contentType, String body) { return new Answer(200, Map.of("Content-Type", contentType), body); }
        public static Answer status(int status) { return new Answer(status, Map.of(), ""); }
    }

    /** Decides the answer for one request (its headers are there for conditional GETs); null when it answered itself. */
    public interface Route { Answer answer(HttpExchange request); }

    public record Hit(String path, String userAgent, long nanos) {}

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    public final List<Hit> hits = new CopyOnWriteArrayList<>();

    public LoopbackSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public LoopbackSite route(String path, Route r) {
        routes.put(path, r);
        return this;
    }

    public LoopbackSite page(String path, String contentType, String body) {
        return route(path, x -> Answer.ok(contentType, body));
    }

    /** Answers in turn, the last one for ever after. */
    public LoopbackSite sequence(String path, Answer... answers) {
        AtomicInteger i = new AtomicInteger();
        return route(path, x -> answers[Math.min(i.getAndIncrement(), answers.length - 1)]);
    }

    public int count(String path) {
        return counts.getOrDefault(path, new AtomicInteger()).get();
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        hits.add(new Hit(path, x.getRequestHeaders().getFirst("User-Agent"), System.nanoTime()));
        Route r = routes.get(path);
        Answer a = r == null ? Answer.status(404) : r.answer(x);
        if (a == null) { // the route wrote its own answer
            x.close();
            return;
        }
        byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
        a.headers().forEach((k, v) -> x.getResponseHeaders().set(k, v));
        boolean empty = a.status() == 304 || body.length == 0;
        x.sendResponseHeaders(a.status(), empty ? -1 : body.length);
        if (!empty) x.getResponseBody().write(body);
        x.close();
    }

    public static String rss(String title, List<String[]> items) {
        List<String> parts = new ArrayList<>();
        for (String[] it : items) {
            parts.add("<item><title>" + it[0] + "</title><link>" + it[1] + "</link>" + (it.length > 2 ? "<pubDate>" + it[2] + "</pubDate>" : "") + "</item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>" + title + "</title><link>http://x/</link>"
                + "<description>d</description>" + String.join("", parts) + "</channel></rss>";
    }

    public static String newsPage(String title, String... paragraphs) {
        StringBuilder b = new StringBuilder("<html><head><title>" + title + "</title><meta property=\"og:site_name\" content=\"Loopback News\">"
                + "<meta property=\"article:published_time\" content=\"2026-06-01T09:00:00Z\"></head><body>"
                + "<nav><ul><li><a href=\"/1\">World</a></li><li><a href=\"/2\">Politics</a></li><li><a href=\"/3\">Sport</a></li></ul></nav>"
                + "<div class=\"cookie-banner\"><p>We use cookies on this site, as our policy explains at some length to every visitor.</p></div><article>");
        for (String p : paragraphs) b.append("<p>").append(p).append("</p>");
        return b.append("</article><footer><p>Copyright Loopback News</p></footer></body></html>").toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
