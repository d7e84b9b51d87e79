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
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stop.countDown();
        }));
        System.err.println("herald: serving " + s.path() + " at http://" + host + ":" + app.port() + "/");
        stop.await();
    }
}
