package org.herald.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.model.Article;
import org.herald.read.InputFormat;
import org.herald.read.Inputs;
import org.herald.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files dropped into a watched directory: read once settled, never half-written, remembered across restarts. */
class DirectoryWatcherTest {
    private static final Duration SETTLE = Duration.ofMillis(100);
    @TempDir Path dir;
    private final List<String> taken = new ArrayList<>();
    private final List<String> log = new ArrayList<>();

    private DirectoryWatcher watcher(Path inbox, EventStore s) {
        Inputs inputs = new Inputs(InputFormat.AUTO, Optional.empty(), InputStream.nullInputStream());
        return new DirectoryWatcher(inbox, inputs, s.seen(), (Article a) -> {
            taken.add(a.id());
            return "taken";
        }, log::add, SETTLE);
    }

    private static String line(String id) {
        return "{\"id\":\"" + id + "\",\"date\":\"2026-06-01\",\"text\":\"Chile signed a trade agreement with Peru.\"}\n";
    }

    @Test
    void aFileIsReadOnceItHoldsStillAndNeverHalfWritten() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path db = dir.resolve("d.duckdb");
        try (EventStore s = EventStore.open(db)) {
            DirectoryWatcher w = watcher(inbox, s);
            Path growing = inbox.resolve("wire.jsonl");
            Files.writeString(growing, line("g1"));
            Files.writeString(inbox.resolve("next.jsonl.part"), line("p1")); // the rename convention: not read under this name
            assertEquals(new DirectoryWatcher.Pass(0, 0, 0, 1), w.look(), "first sight: not settled");
            Thread.sleep(SETTLE.toMillis() + 50);
            Files.writeString(growing, line("g2"), StandardOpenOption.APPEND); // still being written
            assertEquals(new DirectoryWatcher.Pass(0, 0, 0, 1), w.look(), "it grew: not settled");
            Thread.sleep(SETTLE.toMillis() + 50);
            assertEquals(new DirectoryWatcher.Pass(1, 2, 0, 0), w.look());
            assertEquals(List.of("g1", "g2"), taken, "both lines, the whole file");
            Files.move(inbox.resolve("next.jsonl.part"), inbox.resolve("next.jsonl"));
            w.look();
            Thread.sleep(SETTLE.toMillis() + 50);
            assertEquals(new DirectoryWatcher.Pass(1, 1, 0, 0), w.look());
            assertEquals(List.of("g1", "g2", "p1"), taken);
        }
        try (EventStore s = EventStore.open(db)) { // restart: nothing is read again...
            DirectoryWatcher w = watcher(inbox, s);
            assertEquals(new DirectoryWatcher.Pass(0, 0, 0, 0), w.look());
            Files.writeString(inbox.resolve("wire.jsonl"), line("g3"), StandardOpenOption.APPEND); // ...until a file changes
            w.look();
            Thread.sleep(SETTLE.toMillis() + 50);
            assertEquals(new DirectoryWatcher.Pass(1, 3, 0, 0), w.look());
            assertEquals(List.of("g1", "g2", "p1", "g1", "g2", "g3"), taken, "the changed file is read whole again (ingest skips what it has)");
        }
    }

    @Test
    void aBadFileIsReportedWithItsLineAndRemembered() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("bad"));
        try (EventStore s = EventStore.open(dir.resolve("b.duckdb"))) {
            DirectoryWatcher w = watcher(inbox, s);
            Files.writeString(inbox.resolve("x.jsonl"), line("ok1") + "{oops\n");
            w.look();
            Thread.sleep(SETTLE.toMillis() + 50);
            assertEquals(new DirectoryWatcher.Pass(1, 1, 1, 0), w.look());
            assertTrue(log.stream().anyMatch(l -> l.startsWith("skipped ") && l.contains("x.jsonl:2: not valid JSON")), log.toString());
            assertEquals(new DirectoryWatcher.Pass(0, 0, 0, 0), w.look());
        }
    }
}
