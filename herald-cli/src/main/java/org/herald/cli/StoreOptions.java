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

    /** For serve: reader connections, and one DuckDB thread per query (parallelism comes from the requests). */
    EventStore openForServing() {
        return EventStore.open(path(), Integer.getInteger("herald.store.readers", EventStore.DEFAULT_READERS), EventStore.SERVING_THREADS);
    }
}
