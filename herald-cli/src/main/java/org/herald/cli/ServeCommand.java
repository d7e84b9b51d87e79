package org.herald.cli;

import io.javalin.Javalin;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.herald.events.EventCoder;
import org.herald.nlp.CoreNlpAnnotator;
import org.herald.pipeline.HeraldPipeline;
import org.herald.server.ApiService;
import org.herald.server.HeraldServer;
import org.herald.server.Limits;
import org.herald.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** herald serve: the REST API and dashboard over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the REST API and web dashboard (Ctrl-C stops).")
final class ServeCommand implements Callable<Integer> {
    /** Shorter tokens are guessable; generated ones have 32 random bytes. */
    static final int MIN_TOKEN_CHARS = 16;

    @Mixin StoreOptions store;
    @Mixin ModelOptions model;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}). Any other than loopback needs an API token: "
                    + "--token, else one is generated and printed.")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:HERALD_TOKEN}",
            description = "API token every write must carry (Authorization: Bearer TOKEN); also $HERALD_TOKEN. "
                    + "At least " + MIN_TOKEN_CHARS + " characters.")
    String token;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body (default: 1048576).")
    Long maxBody;

    @Option(names = "--max-text", paramLabel = "CHARS", description = "Longest posted article text (default: 100000).")
    Integer maxText;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time to code one posted article (default: 120).")
    Integer timeout;

    @Override
    public Integer call() throws InterruptedException {
        Limits limits = Limits.DEFAULT;
        if (maxBody != null) limits = limits.withMaxBodyBytes(maxBody);
        if (maxText != null) limits = limits.withMaxTextChars(maxText);
        if (timeout != null) limits = limits.withCodingTimeout(Duration.ofSeconds(timeout));
        String t = token(host, token, System.err);
        try (EventStore s = store.openForServing()) {
            serve(s, host, port, t, limits, model);
        }
        return 0;
    }

    /**
     * The token to serve with: the one given, else on a non-loopback host a new one, printed once to {@code err}
     * with a warning that the store is then readable from the network; null on loopback without one.
     */
    static String token(String host, String given, PrintStream err) {
        String t = given == null || given.isBlank() ? null : given.strip();
        if (t != null && t.length() < MIN_TOKEN_CHARS) {
            throw new IllegalArgumentException("--token must have at least " + MIN_TOKEN_CHARS + " characters");
        }
        if (HeraldServer.isLoopback(host)) return t;
        err.println("herald: WARNING: listening on " + host + ", not loopback: anyone who can reach this port can read the store; "
                + "writes need the API token.");
        if (t == null) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            t = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            err.println("herald: API token (send as 'Authorization: Bearer <token>'; shown once): " + t);
        }
        return t;
    }

    /** Serves on loopback with the default limits and no token. */
    static void serve(EventStore s, String host, int port, ModelOptions model) throws InterruptedException {
        serve(s, host, port, null, Limits.DEFAULT, model);
    }

    /** Serves until the process is stopped. CoreNLP loads on the first posted article only. */
    static void serve(EventStore s, String host, int port, String token, Limits limits, ModelOptions model) throws InterruptedException {
        HeraldPipeline[] pipeline = new HeraldPipeline[1];
        ApiService api = new ApiService(s, () -> {
            synchronized (pipeline) {
                if (pipeline[0] == null) pipeline[0] = new HeraldPipeline(CoreNlpAnnotator.shared(), EventCoder.standard(false), model.judge());
                return pipeline[0];
            }
        }, limits);
        Javalin app = HeraldServer.start(api, host, port, token);
        api.warmUpInBackground();
        CountDownLatch stopped = stopOnShutdown(app, s);
        System.err.println("herald: serving " + s.path() + " at http://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
                + ":" + app.port() + "/" + (token == null ? "" : " (writes need the API token)"));
        stopped.await();
    }

    /**
     * On SIGTERM or Ctrl-C: stops the server, then checkpoints and closes the store, both inside the hook. The JVM
     * halts as soon as its hooks return, so a close left to the main thread after the hook could be cut short
     * and leave a WAL behind. The store's close waits for an article being stored to commit.
     */
    static CountDownLatch stopOnShutdown(Javalin app, EventStore s) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                app.stop();
            } finally {
                s.close();
                stopped.countDown();
            }
        }, "herald-serve-shutdown"));
        return stopped;
    }
}
