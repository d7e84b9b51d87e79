package org.herald.pipeline;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * At most a set time for one article, so that one pathological input cannot hold up a batch or a server. At most
 * {@code workers} articles are coded at once (CoreNLP's memory grows with each), each on its own thread; waiting
 * for a turn counts against the limit. Past the limit the work is interrupted (CoreNLP stops at the next sentence
 * or annotator) and the caller gets an {@link OverTime} naming the limit. Work that ignores the interrupt for
 * {@link #GRACE_MILLIS} is left behind and its turn given back, so the next article never waits for it.
 */
public final class TimeBox implements AutoCloseable {
    /** Per article; the 200,000-character article cap codes in well under a minute here. */
    public static final Duration DEFAULT = Duration.ofSeconds(120);

    private static final long GRACE_MILLIS = 5_000;

    private final Duration limit;
    private final Semaphore turns;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "herald-coding");
        t.setDaemon(true);
        return t;
    });

    /** One article at a time. */
    public TimeBox(Duration limit) {
        this(limit, 1);
    }

    public TimeBox(Duration limit, int workers) {
        if (limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("a time box must be positive: " + limit);
        if (workers < 1) throw new IllegalArgumentException("a time box needs a worker: " + workers);
        this.limit = limit;
        this.turns = new Semaphore(workers, true);
    }

    public Duration limit() { return limit; }

    /**
     * The task's result; OverTime past the limit; {@link Stopped} if the caller is interrupted; the task's own
     * unchecked exception (or Error) as it was thrown.
     */
    public <T> T run(Callable<T> task) {
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            if (!turns.tryAcquire(limit.toNanos(), TimeUnit.NANOSECONDS)) throw new OverTime(limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
        AtomicBoolean turnBack = new AtomicBoolean();
        Runnable giveBack = () -> {
            if (turnBack.compareAndSet(false, true)) turns.release();
        };
        CountDownLatch ended = new CountDownLatch(1);
        Future<T> f;
        try {
            f = threads.submit(() -> {
                try {
                    return task.call();
                } finally {
                    ended.countDown();
                    giveBack.run();
                }
            });
        } catch (RuntimeException e) {
            giveBack.run();
            throw e;
        }
        try {
            return f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            awaitOrAbandon(ended, giveBack);
            throw new OverTime(limit);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new Stopped();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }

    /** Waits a moment for interrupted work to end; past that its turn is given back and the work left behind. */
    private static void awaitOrAbandon(CountDownLatch ended, Runnable giveBack) {
        try {
            if (ended.await(GRACE_MILLIS, TimeUnit.MILLISECONDS)) return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        giveBack.run();
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    /** The article took longer than the time box allows. */
    public static final class OverTime extends RuntimeException {
        private final Duration limit;

        public OverTime(Duration limit) {
            super("took longer than " + (limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms") + " to code");
            this.limit = limit;
        }

        public Duration limit() { return limit; }
    }

    /** The caller was interrupted (the process is stopping) while waiting for a turn or for the work. */
    public static final class Stopped extends RuntimeException {
        public Stopped() {
            super("interrupted while coding");
        }
    }
}
