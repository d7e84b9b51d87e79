package org.herald.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.model.Article;
import org.herald.nlp.AnnotatedDoc;
import org.herald.nlp.ConllU;
import org.herald.nlp.CoreNlpAnnotator;
import org.herald.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Prints CoreNLP's parse of each sentence as CoNLL-U: what the coder sees. */
@Command(name = "parse", description = "Print the dependency parse (CoNLL-U) of each sentence.")
final class ParseCommand implements Callable<Integer> {
    @Mixin InputOptions input;
    @Mixin ArticleOptions article; // --max-article-chars for the reader

    @Override
    public Integer call() {
        ReadResult read = input.read(article);
        PrintWriter out = new PrintWriter(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
        CoreNlpAnnotator nlp = CoreNlpAnnotator.shared();
        for (Article a : read.articles()) {
            AnnotatedDoc doc = nlp.annotate(a);
            out.println("# article = " + a.id() + " " + a.date());
            doc.sentences().forEach(s -> out.print(ConllU.write(s)));
        }
        out.flush();
        return input.reportErrors(read.errors());
    }
}
