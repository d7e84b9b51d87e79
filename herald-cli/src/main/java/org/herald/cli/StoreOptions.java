package org.herald.cli;

import java.nio.file.Path;
import org.herald.store.EventStore;
import picocli.CommandLine.Option;

/** Where the store is: --db, else HERALD_DB, else ~/.herald/herald.duckdb. */
final class StoreOptions {
    @Option(names = "--db", description = "DuckDB file of the event store (default: $HERALD_DB or ~/.herald/herald.duckdb).")
    Path db;

    Path path() {
        if (db != null) return db;
        String env = System.getenv("HERALD_DB");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".herald", "herald.duckdb");
    }

    EventStore open() {
        return EventStore.open(path());
    }

    /**
     * For serve: reader connections, one DuckDB thread per query (parallelism comes from the requests), and the
     * events' filter columns in memory for event pages (up to EventStore.DEFAULT_INDEX_MAX_EVENTS), and no
     * checkpoint after posts (EventStore.ingestCheckpoints).
     */
    EventStore openForServing() {
        EventStore s = EventStore.open(path(), Integer.getInteger("herald.store.readers", EventStore.DEFAULT_READERS), EventStore.SERVING_THREADS);
        s.ingestCheckpoints(false);
        if (!s.indexInMemory(EventStore.DEFAULT_INDEX_MAX_EVENTS, EventStore.DEFAULT_INDEX_MAX_TEXT_CHARS)) {
            System.err.println("herald: over " + EventStore.DEFAULT_INDEX_MAX_EVENTS + " events: event pages are answered by DuckDB alone");
        } else if (!s.indexState().contains("text")) {
            System.err.println("herald: event text over " + EventStore.DEFAULT_INDEX_MAX_TEXT_CHARS + " characters: text search (q=) is answered by DuckDB");
        }
        return s;
    }
}
