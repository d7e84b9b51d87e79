package org.herald.cli;

import java.io.PrintWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.herald.store.EventStore;
import org.herald.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** herald query: run SQL against the store and print the rows as CSV. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Run SQL on the store (tables: articles, sentences, actor_mentions, events, event_mentions, near_duplicates, article_signatures).")
final class QueryCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Option(names = "--sql", required = true, description = "The SQL to run.")
    String sql;

    @Override
    public Integer call() throws IOException {
        try (EventStore s = store.open()) {
            EventStore.QueryResult r = s.sql(sql);
            PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(r.columns().toArray(String[]::new)).get())) {
                for (var row : r.rows()) csv.printRecord(row);
            }
            return 0;
        } catch (StoreException e) {
            System.err.println("herald: " + e.getMessage());
            return 1;
        }
    }
}
