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

    /** For serve: EventStore.openServing (reader connections, the in-memory index, no checkpoint after posts). */
    EventStore openForServing() {
        return EventStore.openServing(path(), Integer.getInteger("herald.store.readers", EventStore.DEFAULT_READERS));
    }
}
