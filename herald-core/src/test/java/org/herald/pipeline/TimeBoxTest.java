package org.herald.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** One article's coding gets at most the box's time; the next article never waits for one that overran. */
class TimeBoxTest {
    @Test
    void aTaskWithinTheLimitGivesItsResultAndItsOwnExceptions() {
        try (TimeBox box = new TimeBox(Duration.ofSeconds(5))) {
            assertEquals("done", box.run(() -> "done"));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> box.run(() -> {
                throw new IllegalArgumentException("bad article");
            }));
            assertEquals("bad article", e.getMessage());
        }
    }

    @Test
    void anOverrunningTaskIsInterruptedAndNamedByTheLimit() {
        AtomicBoolean interrupted = new AtomicBoolean();
        try (TimeBox box = new TimeBox(Duration.ofMillis(200))) {
            long t0 = System.nanoTime();
            TimeBox.OverTime e = assertThrows(TimeBox.OverTime.class, () -> box.run(() -> {
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException ie) {
                    interrupted.set(true);
                }
                return null;
            }));
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 5_000);
            assertTrue(e.getMessage().contains("took longer than 200 ms"), e.getMessage());
            assertTrue(interrupted.get(), "the work was interrupted, not left running");
            assertEquals("next", box.run(() -> "next"));
        }
    }

    @Test
    void aTaskThatIgnoresTheInterruptIsLeftBehindAndTheNextOneRunsOnANewWorker() {
        AtomicBoolean stop = new AtomicBoolean();
        try (TimeBox box = new TimeBox(Duration.ofMillis(100))) {
            assertThrows(TimeBox.OverTime.class, () -> box.run(() -> {
                while (!stop.get()) Thread.onSpinWait();
                return null;
            }));
            long t0 = System.nanoTime();
            assertEquals("next", box.run(() -> "next"));
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 1_000, "the next article did not wait for the stuck one");
        } finally {
            stop.set(true);
        }
    }

    @Test
    void atMostTheWorkersRunAtOnceAndWaitingForATurnCountsAgainstTheLimit() throws Exception {
        try (TimeBox box = new TimeBox(Duration.ofMillis(1_000), 2)) {
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(2), release = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger(), most = new java.util.concurrent.atomic.AtomicInteger();
            // Work that holds its turn, deaf to the interrupt, until the test lets it go.
            java.util.concurrent.Callable<String> hold = () -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                started.countDown();
                while (release.getCount() > 0) Thread.onSpinWait();
                running.decrementAndGet();
                return "held";
            };
            java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(2);
            var a = callers.submit(() -> box.run(hold));
            var b = callers.submit(() -> box.run(hold));
            started.await();
            long t0 = System.nanoTime();
            assertThrows(TimeBox.OverTime.class, () -> box.run(() -> "third"), "no turn came within the limit");
            assertTrue((System.nanoTime() - t0) / 1_000_000 >= 900);
            assertEquals(2, most.get());
            release.countDown();
            for (var held : List.of(a, b)) {
                java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class, held::get);
                assertTrue(e.getCause() instanceof TimeBox.OverTime, e.getCause().toString());
            }
            assertEquals("next", box.run(() -> "next"), "turns come back when work ends");
            callers.shutdown();
        }
    }

    @Test
    void theLimitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new TimeBox(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new TimeBox(Duration.ofSeconds(1), 0));
    }
}
