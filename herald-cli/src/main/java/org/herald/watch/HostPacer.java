package org.herald.watch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Keeps requests to one host (scheme, host and port) at least its delay apart; other hosts do not wait for it. */
final class HostPacer {
    private final Map<String, Long> next = new HashMap<>();

    /** Waits until the host may be asked again, then books the next turn {@code delay} later. */
    void await(String host, Duration delay) throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long at = Math.max(now, next.getOrDefault(host, now));
            next.put(host, at + delay.toNanos());
            wait = at - now;
        }
        if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
}
