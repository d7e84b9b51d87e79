package org.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads on their own connections beside one writer: no errors, a reader sees every commit made before its read
 * started and never half an article, checkpoints during reads work, and close waits for reads in flight.
 */
class ConcurrentReadersTest {
    @TempDir Path dir;

    @ParameterizedTest(name = "readers = {0}")
    @ValueSource(ints = {0, 1, 4})
    void readersSeeEveryCommitAndNeverHalfAnArticle(int readers) throws Exception {
        try (EventStore s = EventStore.open(dir.resolve("r" + readers + ".duckdb"), readers)) {
            AtomicBoolean done = new AtomicBoolean();
            AtomicLong committed = new AtomicLong();
            ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                Thread th = new Thread(() -> {
                    try {
                        while (!done.get()) {
                            long before = committed.get();
                            long total = s.events(EventQuery.all()).total();
                            // Every article has two events, committed together: an odd total is half an article.
                            if (total % 2 != 0) throw new AssertionError("saw half an article: " + total + " events");
                            if (total < 2 * before) throw new AssertionError("missed a commit: " + total + " < " + 2 * before);
                            s.actors(5);
                            s.isCurrent(EventStoreTest.coded("x", "x").article());
                        }
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                });
                th.start();
                threads.add(th);
            }
            for (int i = 0; i < 60; i++) {
                String id = "a" + i;
                s.ingest(EventStoreTest.coded(id, "body " + i, EventStoreTest.event(id, "2026-01-16", "RUSGOV", "040", "IRNGOV", 1.0, 1),
                        EventStoreTest.event(id, "2026-01-17", "IRNGOV", "112", "USA", -2.0, 3)));
                committed.incrementAndGet();
                if (i % 20 == 19) s.checkpoint(); // beside readers' open transactions
            }
            done.set(true);
            for (Thread th : threads) th.join();
            assertTrue(errors.isEmpty(), () -> "reader errors: " + errors);
            assertEquals(120, s.events(EventQuery.all()).total());
        }
    }

    @Test
    void closeWaitsForReadsInFlightAndLaterReadsFail() throws Exception {
        Path db = dir.resolve("c.duckdb");
        EventStore s = EventStore.open(db, 2);
        s.ingest(EventStoreTest.coded("a1", "b", EventStoreTest.event("a1", "2026-01-16", "RUSGOV", "040", "IRNGOV", 1.0, 1)));
        CountDownLatch started = new CountDownLatch(1);
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        Thread reader = new Thread(() -> {
            try {
                started.countDown();
                for (int i = 0; i < 200; i++) s.events(EventQuery.all());
            } catch (StoreException e) {
                if (!e.getMessage().contains("closed")) errors.add(e); // closed under it: refused cleanly
            } catch (Throwable e) {
                errors.add(e);
            }
        });
        reader.start();
        started.await();
        s.close();
        reader.join();
        assertTrue(errors.isEmpty(), () -> "reader errors: " + errors);
        assertThrows(StoreException.class, () -> s.events(EventQuery.all()));
        assertFalse(Files.exists(Path.of(db + ".wal")), "close checkpoints and leaves no WAL");
    }
}
