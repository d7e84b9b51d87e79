package org.herald.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.herald.events.EventCoder;
import org.herald.nlp.CoreNlpAnnotator;
import org.herald.pipeline.HeraldPipeline;
import org.herald.server.ApiService;
import org.herald.server.HeraldServer;
import org.herald.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** herald serve: the REST API and dashboard over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the REST API and web dashboard (Ctrl-C stops).")
final class ServeCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Mixin ModelOptions model;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        try (EventStore s = store.open()) {
            serve(s, host, port, model);
        }
        return 0;
    }

    /** Serves until the process is stopped. CoreNLP loads on the first posted article only. */
    static void serve(EventStore s, String host, int port, ModelOptions model) throws InterruptedException {
        HeraldPipeline[] pipeline = new HeraldPipeline[1];
        ApiService api = new ApiService(s, () -> {
            synchronized (pipeline) {
                if (pipeline[0] == null) pipeline[0] = new HeraldPipeline(CoreNlpAnnotator.shared(), EventCoder.standard(false), model.judge());
                return pipeline[0];
            }
        });
        Javalin app = HeraldServer.start(api, host, port);
        CountDownLatch stopped = stopOnShutdown(app, s);
        System.err.println("herald: serving " + s.path() + " at http://" + host + ":" + app.port() + "/");
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
