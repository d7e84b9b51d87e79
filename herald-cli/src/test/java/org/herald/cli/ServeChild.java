package org.herald.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herald.events.EventCoder;
import org.herald.model.Article;
import org.herald.nlp.AnnotatedDoc;
import org.herald.nlp.Annotator;
import org.herald.nlp.ConllU;
import org.herald.nlp.ParsedSentence;
import org.herald.pipeline.HeraldPipeline;
import org.herald.server.ApiService;
import org.herald.server.HeraldServer;
import org.herald.store.EventStore;

/**
 * {@code herald serve} in its own JVM for {@link ServeShutdownTest} to stop with SIGTERM: the real server, store
 * and coder with {@link ServeCommand#stopOnShutdown}, but a toy parser instead of CoreNLP (seconds instead of
 * tens of seconds and gigabytes). Prints {@code port <n>} once it listens.
 *
 * <p>Usage: {@code ServeChild <db>}
 */
public final class ServeChild {
    private ServeChild() {}

    public static void main(String[] args) throws InterruptedException {
        // Unlike ServeCommand.call, no close on the main thread after the hook: whether that one finishes before the
        // JVM halts is a race (it usually wins), so leaving it out makes the test see what the hook alone does.
        EventStore s = EventStore.open(Path.of(args[0]));
        HeraldPipeline pipeline = new HeraldPipeline(new SvoParser(), EventCoder.standard(false));
        Javalin app = HeraldServer.start(new ApiService(s, () -> pipeline), "127.0.0.1", 0);
        var stopped = ServeCommand.stopOnShutdown(app, s);
        System.out.println("port " + app.port());
        System.out.flush();
        stopped.await();
    }

    /** Parses sentences of exactly three words, "Subject verbed Object.", as nsubj - root - obj. */
    static final class SvoParser implements Annotator {
        private static final java.util.Map<String, String> LEMMAS = java.util.Map.of("condemned", "condemn", "praised", "praise",
                "met", "meet", "accused", "accuse", "criticized", "criticize");

        @Override
        public AnnotatedDoc annotate(Article article) {
            StringBuilder conll = new StringBuilder();
            for (String sentence : article.body().split("(?<=\\.)\\s+")) {
                String[] w = sentence.replace(".", "").strip().split("\\s+");
                if (w.length != 3) throw new IllegalArgumentException("SvoParser takes three-word sentences: " + sentence);
                conll.append("# text = ").append(sentence.strip()).append('\n')
                     .append("1\t").append(w[0]).append('\t').append(w[0].toLowerCase()).append("\t_\tNNP\t_\t2\tnsubj\t_\tNER=MISC\n")
                     .append("2\t").append(w[1]).append('\t').append(LEMMAS.getOrDefault(w[1], w[1])).append("\t_\tVBD\t_\t0\troot\t_\t_\n")
                     .append("3\t").append(w[2]).append('\t').append(w[2].toLowerCase()).append("\t_\tNNP\t_\t2\tobj\t_\tNER=MISC\n\n");
            }
            List<ParsedSentence> sentences = new ArrayList<>(ConllU.read(article.id(), conll.toString()));
            return new AnnotatedDoc(article, sentences);
        }
    }
}
