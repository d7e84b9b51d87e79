package org.herald.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import org.duckdb.DuckDBConnection;

/**
 * The store's reader connections: duplicates of the writer's DuckDB connection, so reads run beside one another
 * and beside an ingest, each in its own transaction (a page and its total see one snapshot, and only what was
 * committed before it started). With no readers, reads run on the writer connection under the writer's lock, one at
 * a time (the path before reader connections, kept for comparison).
 */
final class ReaderPool {
    /** A read on one connection; the SQLException is turned into a StoreException by {@link #read}. */
    @FunctionalInterface
    interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    private final Path path;
    private final Connection writer;
    private final Object writerLock;
    private final int size;
    /** Permits for borrowing a reader connection; close takes them all, so it waits for reads in flight. */
    private final Semaphore permits;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
    private final Object duplicateLock = new Object();
    private volatile boolean closed;

    ReaderPool(Path path, Connection writer, Object writerLock, int size) {
        if (size < 0) throw new IllegalArgumentException("readers must be >= 0: " + size);
        this.path = path;
        this.writer = writer;
        this.writerLock = writerLock;
        this.size = size;
        this.permits = new Semaphore(size, true);
    }

    /** Runs a read in one transaction on a reader connection (or on the writer's, under its lock, with no readers). */
    <T> T read(String what, Read<T> r) {
        if (size == 0) {
            synchronized (writerLock) {
                if (closed) throw closedError();
                try {
                    return r.run(writer);
                } catch (SQLException e) {
                    throw new StoreException(what + " failed: " + e.getMessage(), e);
                }
            }
        }
        if (closed) throw closedError();
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(what + " interrupted", e);
        }
        Connection c = null;
        boolean healthy = false;
        try {
            if (closed) throw closedError();
            c = idle.poll();
            if (c == null) c = duplicate();
            c.setAutoCommit(false);
            try {
                T result = r.run(c);
                c.commit();
                healthy = true;
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                    healthy = true;
                } catch (SQLException ignored) {
                    // the connection goes: the original error is the one to report
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(what + " failed: " + e.getMessage(), e);
        } finally {
            if (c != null) {
                if (healthy) idle.add(c);
                else closeQuietly(c);
            }
            permits.release();
        }
    }

    /** Is the pool closed (and so the store)? */
    boolean closed() {
        return closed;
    }

    /** Waits for the reads in flight, closes the reader connections; reads after it throw. */
    void close() {
        if (closed) return;
        closed = true;
        permits.acquireUninterruptibly(size);
        for (Connection c; (c = idle.poll()) != null; ) closeQuietly(c);
        permits.release(size); // a read waiting for a permit now gets one, sees closed and throws
    }

    private StoreException closedError() {
        return new StoreException("store " + path + " is closed", null);
    }

    private Connection duplicate() throws SQLException {
        synchronized (duplicateLock) {
            return ((DuckDBConnection) writer).duplicate();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing is all that was left to do with it
        }
    }
}
