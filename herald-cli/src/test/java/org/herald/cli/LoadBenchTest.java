package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.herald.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LoadBench} on loopback. The short run is in the default build and asserts correctness only (no errors,
 * every posted article stored exactly once), never timing. The long run (16 clients, 60 s, 100,000 events, 20
 * posts, reader connections and then the single-connection baseline) runs with {@code -Dherald.load=long} and
 * prints its figures.
 */
class LoadBenchTest {
    @TempDir Path dir;

    @Test
    void shortLoadHasNoErrorsAndStoresEachPostExactlyOnce() throws Exception {
        LoadBench.Result r = LoadBench.run(new LoadBench.Config(2_000, 4, Duration.ofSeconds(5), 4, EventStore.DEFAULT_READERS, Duration.ofSeconds(1)),
                dir.resolve("short.duckdb"));
        System.out.println(r.line());
        assertEquals(0, r.errors(), () -> "errors: " + r.firstErrors());
        assertEquals(0, r.postErrors(), () -> "post errors: " + r.firstErrors());
        assertEquals(4, r.postsStoredOnce(), "every posted article stored exactly once");
        assertEquals(4, r.postsWithEvents(), "every posted article was coded into events");
        assertTrue(r.requests() > 0, "the clients got answers");
    }

    @Test
    @EnabledIfSystemProperty(named = "herald.load", matches = "long")
    void longLoad() throws Exception {
        for (int readers : new int[] {EventStore.DEFAULT_READERS, 0}) {
            LoadBench.Result r = LoadBench.run(new LoadBench.Config(100_000, 16, Duration.ofSeconds(60), 20, readers, Duration.ofSeconds(5)),
                    dir.resolve("long-" + readers + ".duckdb"));
            System.out.println("LOAD " + r.line());
            assertEquals(0, r.errors(), () -> "errors: " + r.firstErrors());
            assertEquals(0, r.postErrors(), () -> "post errors: " + r.firstErrors());
            assertEquals(20, r.postsStoredOnce(), "every posted article stored exactly once");
        }
    }
}
