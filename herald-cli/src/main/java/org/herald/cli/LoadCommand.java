package org.herald.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.herald.store.EventStore;
import org.herald.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** herald load: put the Spark job's Parquet output into the store, for query, serve and the dashboard. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load a Herald Parquet output (the directory herald spark wrote: articles, events, mentions, quotes, figures) into "
                + "the store; stored articles it holds are replaced. One transaction: on failure the store is unchanged.")
final class LoadCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Parameters(paramLabel = "DIR", description = "The output directory of herald spark.")
    Path dir;

    @Override
    public Integer call() {
        try (EventStore s = store.open()) {
            long[] n = s.importParquet(dir);
            System.err.printf("herald: loaded %d articles and %d events from %s into %s%n", n[0], n[1], dir, store.path());
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("herald: " + e.getMessage());
            return 2;
        } catch (StoreException e) {
            System.err.println("herald: " + e.getMessage());
            return 1;
        }
    }
}
