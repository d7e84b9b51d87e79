package org.herald.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.herald.store.EventStore;
import org.herald.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** herald export: write all stored events (or their mentions, quotes or figures) as JSON Lines, CSV or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export stored events: jsonl, csv (GDELT 2.0 event columns, empty where Herald has none) or parquet; "
                + "--table quotes or figures exports those instead (csv: their own columns).")
final class ExportCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, csv or parquet (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--table", defaultValue = "events", description = "events (csv: one row per real event, GDELT's event columns), mentions "
            + "(csv: GDELT's Mentions columns), quotes or figures (default: ${DEFAULT-VALUE}).")
    String table;

    @Option(names = {"-o", "--out"}, required = true, description = "Output file.")
    Path out;

    @Override
    public Integer call() {
        try (EventStore s = store.open()) {
            s.export(table, format, out);
            System.err.println("herald: wrote " + out);
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
