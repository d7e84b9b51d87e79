package org.herald.pipeline;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * At most a set time for one article, so that one pathological input cannot hold up a batch. The work runs on a
 * worker thread; past the limit it is interrupted (CoreNLP stops at the next sentence or annotator) and the caller
 * gets an {@link OverTime} naming the limit. A worker that ignores the interrupt is left behind and a new one
 * started, so the next article never waits for it.
 */
public final class TimeBox implements AutoCloseable {
    /** Per article; the 200,000-character article cap codes in well under a minute here. */
    public static final Duration DEFAULT = Duration.ofSeconds(120);

    private static final long GRACE_MILLIS = 5_000;

    private final Duration limit;
    private ExecutorService worker = newWorker();

    public TimeBox(Duration limit) {
        if (limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("a time box must be positive: " + limit);
        this.limit = limit;
    }

    public Duration limit() { return limit; }

    /** The task's result; OverTime past the limit; the task's own unchecked exception (or Error) as it was thrown. */
    public synchronized <T> T run(Callable<T> task) {
        CountDownLatch ended = new CountDownLatch(1);
        Future<T> f = worker.submit(() -> {
            try {
                return task.call();
            } finally {
                ended.countDown();
            }
        });
        try {
            return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            abandonIfStuck(ended);
            throw new OverTime(limit);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coding", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }

    private void abandonIfStuck(CountDownLatch ended) {
        try {
            if (ended.await(GRACE_MILLIS, TimeUnit.MILLISECONDS)) return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        worker.shutdownNow();
        worker = newWorker();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "herald-coding");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public synchronized void close() {
        worker.shutdownNow();
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
}
