package org.herald.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.store.merge.MentionMerger;
import org.herald.store.merge.MergeCounts;
import org.herald.store.merge.MergeRules;
import org.herald.store.merge.RealEvents;

/**
 * Herald's store on an embedded DuckDB file. Ingest is one transaction per article (the article, its
 * sentences, mentions and events commit together or not at all) and idempotent: the same id and content is a
 * no-op, changed content replaces the old coding. Migrations in {@code herald/store/migrations/V<n>__*.sql} are
 * applied on open and the schema version recorded. One instance per database file.
 *
 * <p>Connections: writes (ingest, {@link #sql}, checkpoints, close) go through the one writer connection, one at a
 * time under this object's lock. Reads borrow one of up to {@link #DEFAULT_READERS} reader connections, duplicated
 * in-process from the writer's database ({@code DuckDBConnection.duplicate()}), so reads run beside each other and
 * beside an ingest instead of queueing behind it. Each read runs in its own transaction, so it sees everything
 * committed before it started and nothing of an ingest still in flight. {@code readers = 0} sends reads through
 * the writer connection under its lock (the old single-connection path, kept as a baseline for the load test).
 *
 * <p>Crash safety: open, every few seconds of ingest (not for a server: {@link #ingestCheckpoints}) and close
 * checkpoint, so the WAL an unclean exit leaves holds little and never a migration's DDL; {@code events} has no secondary index (DuckDB 1.4 can leave one stale after
 * replaying a WAL), only primary keys, which the replay keeps right.
 */
public final class EventStore implements AutoCloseable {
    /** Ingest outcome for one article. */
    public enum Status { NEW, UNCHANGED, REPLACED }

    public record IngestResult(String articleId, Status status, int events) {}

    public record ActorCount(String actor, long events, long asSource, long asTarget) {}

    public record DyadPoint(String period, long events, long cooperation, long conflict, double meanGoldstein) {}

    public record Edge(String source, String target, long events, double meanGoldstein) {}

    public record Network(List<Map<String, Object>> nodes, List<Edge> edges) {}

    public record QueryResult(List<String> columns, List<List<Object>> rows) {}

    /**
     * Ingest checkpoints when this long has passed since the last checkpoint: a CHECKPOINT costs ~100 ms (it syncs
     * the file), ten times a small article's commit, so one per article would slow ingest for no safety gain.
     */
    static final long CHECKPOINT_EVERY_NANOS = 5_000_000_000L;

    static final List<String> MIGRATIONS = List.of("V1__events.sql", "V2__model.sql", "V3__location.sql", "V4__no_secondary_indexes.sql",
            "V5__story_discards.sql", "V6__event_dates.sql", "V7__quotes_figures.sql", "V8__event_merge.sql", "V9__watch.sql",
            "V10__trigger_token.sql");
    private static final String EVENT_COLUMNS = EventRows.COLUMNS;

    /**
     * Reader connections by default: enough that 16 concurrent API clients rarely wait for one, few enough that
     * DuckDB's per-query threads do not thrash two cores (each connection costs little until it runs a query).
     */
    public static final int DEFAULT_READERS = 8;

    /** The most events {@link #indexInMemory} holds by default (about 100 bytes each: 200 MB). */
    public static final long DEFAULT_INDEX_MAX_EVENTS = 2_000_000;

    /** The most characters of searched text it holds by default (128 M: about 500,000 events of news). */
    public static final long DEFAULT_INDEX_MAX_TEXT_CHARS = 128L << 20;

    /** DuckDB threads per query for a server: see {@link #open(Path, int, int)}. */
    public static final int SERVING_THREADS = 1;

    private final Path path;
    private final Connection conn;
    private long lastCheckpoint = System.nanoTime();
    private final ReaderPool readers;
    private final StoreAnalytics analytics;
    private final StoredClaims claims;
    private final StoredArticles articles;
    private final StoreExports exports;
    private final HeldIndex held = new HeldIndex();
    private boolean ingestCheckpoints = true;
    private final SeenUrls seen;
    private final MentionMerger merger = new MentionMerger(MergeRules.standard());

    private EventStore(Path path, Connection conn, int readers) {
        this.path = path;
        this.conn = conn;
        this.readers = new ReaderPool(path, conn, this, readers);
        this.analytics = new StoreAnalytics(this.readers);
        this.claims = new StoredClaims(this.readers);
        this.articles = new StoredArticles(this.readers);
        this.exports = new StoreExports(this.readers);
        this.seen = new SeenUrls(conn, this);
    }

    /** What herald watch has fetched, ingested or given up on ({@link SeenUrls}). */
    public SeenUrls seen() { return seen; }

    /** Runs a read in one transaction on a reader connection ({@link ReaderPool}). */
    private <T> T read(String what, ReaderPool.Read<T> r) {
        return readers.read(what, r);
    }

    /**
     * Opens (creating if needed) the database file and brings its schema up to date. Whatever DuckDB replayed from
     * the WAL of an unclean exit is checkpointed into the file here, before anything else runs.
     */
    public static EventStore open(Path path) {
        return open(path, Integer.getInteger("herald.store.readers", DEFAULT_READERS));
    }

    /**
     * As {@link #open(Path)} with {@code readers} reader connections; 0 runs reads on the writer connection under
     * its lock, one at a time (the path before reader connections, for comparison).
     */
    public static EventStore open(Path path, int readers) {
        return open(path, readers, 0);
    }

    /**
     * As {@link #open(Path, int)}, with DuckDB running each query on at most {@code queryThreads} threads (0: as many
     * as cores). A server answering many small queries at once wants {@link #SERVING_THREADS}: its parallelism comes
     * from concurrent requests, and splitting each small query across cores only adds scheduling (203 -> 282
     * requests/s under the load benchmark on two cores).
     */
    public static EventStore open(Path path, int readers, int queryThreads) {
        if (readers < 0) throw new IllegalArgumentException("readers must be >= 0: " + readers);
        if (queryThreads < 0) throw new IllegalArgumentException("query threads must be >= 0: " + queryThreads);
        try {
            if (path.getParent() != null) Files.createDirectories(path.getParent());
            Class.forName("org.duckdb.DuckDBDriver");
            java.util.Properties config = new java.util.Properties();
            if (queryThreads > 0) config.setProperty("threads", Integer.toString(queryThreads));
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath(), config);
            EventStore s = new EventStore(path, c, readers);
            try {
                s.migrate();
                if (s.schemaVersion() >= 8) org.herald.store.merge.MergeSchema.repair(c);
                s.checkpointOrThrow();
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return s;
        } catch (SQLException | IOException | ClassNotFoundException e) {
            throw new StoreException("cannot open store " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * A store set up for a server: {@code readers} reader connections, one DuckDB thread per query, no checkpoint
     * after ingests ({@link #ingestCheckpoints}) and the in-memory index within the default bounds (see
     * {@link #indexState} for what it holds).
     */
    public static EventStore openServing(Path path, int readers) {
        EventStore s = open(path, readers, SERVING_THREADS);
        try {
            s.ingestCheckpoints(false);
            s.indexInMemory(DEFAULT_INDEX_MAX_EVENTS, DEFAULT_INDEX_MAX_TEXT_CHARS);
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    public Path path() { return path; }

    public synchronized int schemaVersion() {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new StoreException("cannot read schema version: " + e.getMessage(), e);
        }
    }

    private void migrate() throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        int current = schemaVersion();
        for (int v = current + 1; v <= MIGRATIONS.size(); v++) {
            String sql = org.herald.dict.Resources.text("herald/store/migrations/" + MIGRATIONS.get(v - 1));
            conn.setAutoCommit(false);
            try (Statement st = conn.createStatement()) {
                for (String stmt : sql.replaceAll("(?m)^--.*$", "").split(";")) if (!stmt.isBlank()) st.execute(stmt);
                try (PreparedStatement ps = conn.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
                    ps.setInt(1, v);
                    ps.setTimestamp(2, Timestamp.from(Instant.now()));
                    ps.executeUpdate();
                }
                conn.commit();
            } catch (SQLException e) {
                conn.rollback();
                throw new SQLException("migration " + MIGRATIONS.get(v - 1) + " failed: " + e.getMessage(), e);
            } finally {
                conn.setAutoCommit(true);
            }
            // DuckDB cannot replay some DDL from the WAL (an ALTER of events, whose id defaults to nextval(...), fails
            // with "GetDefaultDatabase with no default database set" and the store no longer opens), so no
            // migration is left in the WAL.
            checkpointOrThrow();
        }
    }

    /**
     * Writes everything committed into the database file and empties the WAL, so an unclean exit has nothing of
     * it to replay. Open does this after migrating, ingest every few seconds and close before closing.
     */
    public synchronized void checkpoint() {
        try {
            checkpointOrThrow();
        } catch (SQLException e) {
            throw new StoreException("checkpoint of " + path + " failed: " + e.getMessage(), e);
        }
    }

    private void checkpointOrThrow() throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("CHECKPOINT");
        }
        lastCheckpoint = System.nanoTime();
    }


    /** The content hash that decides whether a re-ingested article changed. */
    public static String contentHash(Article a) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(a.id(), a.date().toString(), a.source(), a.title(), a.body())) {
                md.update(part.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the store already holds this article id with this exact content (so coding can be skipped). */
    public boolean isCurrent(Article a) {
        return articles.isCurrent(a);
    }

    /**
     * Stores one coded article in one transaction, and checkpoints when the last checkpoint is
     * {@link #CHECKPOINT_EVERY_NANOS} old (a batch of articles per checkpoint).
     */
    public synchronized IngestResult ingest(CodedArticle coded) {
        IngestResult r = ArticleWriter.ingest(conn, coded, merger);
        if (r.status() != Status.UNCHANGED) reindex(r.articleId());
        if (ingestCheckpoints && r.status() != Status.UNCHANGED && System.nanoTime() - lastCheckpoint >= CHECKPOINT_EVERY_NANOS) checkpoint();
        return r;
    }

    // ---- queries: on reader connections (see read) ----

    /** A page of events matching the query, newest first, with the total count (one snapshot for both). */
    public Page events(EventQuery q) {
        IdPage p = eventPage(q, id -> false);
        return new Page(p.total(), p.limit(), p.offset(), p.ids().stream().map(p.rows()::get).toList());
    }

    /**
     * A page of the ids of the events matching the query, newest first, with the total, and the rows of those ids
     * {@code known} does not hold (a caller's cache: event rows are never updated, so a row read once stays right).
     * From DuckDB alone, one snapshot for all three ({@link EventPages}); with the in-memory index, the ids and the
     * total come from its snapshot and the rows are read just after (an event deleted in between is left out).
     */
    public IdPage eventPage(EventQuery q, java.util.function.LongPredicate known) {
        EventIndex in = held.current();
        Optional<EventIndex.Page> page = in == null ? Optional.empty() : in.page(q);
        if (page.isEmpty()) return read("event query", c -> EventPages.read(c, q, known));
        // known is asked once per id: a cache may drop an entry between two asks.
        java.util.Set<Long> had = new java.util.HashSet<>();
        List<Long> wanted = new ArrayList<>();
        for (long id : page.get().ids()) {
            if (known.test(id)) had.add(id);
            else wanted.add(id);
        }
        // Rows are read after the index answered: an event deleted in between (its article replaced) has no row.
        Map<Long, StoredEvent> rows = wanted.isEmpty() ? Map.of() : read("event rows", c -> EventPages.rows(c, wanted));
        List<Long> ids = page.get().ids().stream().filter(id -> had.contains(id) || rows.containsKey(id)).toList();
        return new IdPage(page.get().total(), q.limit(), q.offset(), ids, rows);
    }

    /**
     * Holds the filter and sort columns of every event in memory ({@link EventIndex}, about 100 bytes an event) so
     * that filtered event pages skip DuckDB's scan; for a server. Refused (false) beyond {@code maxEvents}. The text
     * that {@code q} searches is held too while it is within {@code maxTextChars} characters in all.
     */
    public synchronized boolean indexInMemory(long maxEvents, long maxTextChars) {
        try {
            return held.load(conn, maxEvents, maxTextChars);
        } catch (SQLException e) {
            throw new StoreException("cannot index the events of " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Off for a server: a CHECKPOINT waits for a moment with no read in flight and holds new reads meanwhile, which
     * under constant queries stalls them for up to a second or more (p99 22 ms -> 290 ms in the load benchmark). The
     * server's store then checkpoints when DuckDB's WAL reaches its own limit, at close (SIGTERM included) and at
     * the next open, whose replay is exact since {@code events} has no secondary index.
     */
    public synchronized void ingestCheckpoints(boolean on) {
        ingestCheckpoints = on;
    }

    /** What the in-memory index holds: "off", "filters", or "filters and text" ({@link #indexInMemory}). */
    public String indexState() {
        return held.state();
    }

    /** After a write the index follows it (or is dropped: {@link HeldIndex#after}). */
    private void reindex(String articleId) {
        held.after(conn, articleId);
    }

    /** Ids of a page, and the rows read for it (keyed by id). */
    public record IdPage(long total, int limit, int offset, List<Long> ids, Map<Long, StoredEvent> rows) {}

    public record Page(long total, int limit, int offset, List<StoredEvent> events) {}

    public Optional<StoredEvent> event(long id) {
        return read("read of event " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM events WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(EventRows.read(rs)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Hands at most {@code limit} events to {@code each}, newest first (the page order), until it returns false: one
     * streamed query, for filling a cache of the events a dashboard shows first.
     */
    public void newest(int limit, java.util.function.Predicate<StoredEvent> each) {
        read("read of the newest events", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM events ORDER BY date DESC, article_id, sentence, id LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && each.test(EventRows.read(rs))) {
                        // each decides whether to go on
                    }
                }
            }
            return null;
        });
    }

    /** The events of one article in the order they were coded. */
    public List<StoredEvent> eventsOf(String articleId) {
        return read("read of the events of article " + articleId, c -> {
            List<StoredEvent> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM events WHERE article_id = ? ORDER BY id")) {
                ps.setString(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(EventRows.read(rs));
                }
            }
            return out;
        });
    }

    public Optional<Article> article(String id) {
        return articles.article(id);
    }

    /** Why stored article {@code id} was not coded (its story discard), or empty when it was coded or is not stored. */
    public Optional<String> discardReason(String id) {
        return articles.discardReason(id);
    }

    /** The actors with the most events (as source or target). */
    public List<ActorCount> actors(int limit) { return analytics.actors(limit); }

    /** Daily or weekly counts and mean Goldstein of events between two actors (prefix match, both directions). */
    public List<DyadPoint> dyad(String a, String b, String interval) { return analytics.dyad(a, b, interval); }

    /** The actor network: directed edges weighted by event count and mean Goldstein, strongest first. */
    public Network network(int limit, LocalDate from, LocalDate to) { return analytics.network(limit, from, to); }

    /** Runs any SQL the user gives against the store (it is their database) and returns the rows. */
    public synchronized QueryResult sql(String sql) {
        try {
            return runSql(sql);
        } finally {
            reindex(null); // any statement may have written events (INSERT ... RETURNING has rows too)
            merger.forget();
        }
    }

    private QueryResult runSql(String sql) {
        try (Statement st = conn.createStatement()) {
            boolean hasRows = st.execute(sql);
            if (!hasRows) return new QueryResult(List.of("changed"), List.of(List.of(st.getUpdateCount())));
            try (ResultSet rs = st.getResultSet()) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> cols = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) cols.add(md.getColumnLabel(i));
                List<List<Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= cols.size(); i++) row.add(rs.getObject(i));
                    rows.add(row);
                }
                return new QueryResult(cols, rows);
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
    }

    /**
     * Loads a Herald Parquet output (the Spark job's directory) in one transaction ({@link ParquetImport}): stored
     * articles it holds are replaced with everything of them; on any failure nothing changes. Returns articles and
     * events loaded.
     */
    public synchronized long[] importParquet(Path dir) {
        try {
            return ParquetImport.inTransaction(conn, dir);
        } finally {
            reindex(null);
            merger.forget();
        }
    }

    /** The real event an event row reports: its counts and mentions ({@link RealEvents}). */
    public Optional<RealEvents.RealEvent> realEvent(long eventId) {
        return read("read of the real event of " + eventId, c -> RealEvents.of(c, eventId));
    }

    /** The counts of the real events these event rows report, by row id. */
    public Map<Long, RealEvents.Counts> realEventCounts(List<Long> eventIds) {
        return read("real event counts", c -> RealEvents.counts(c, eventIds));
    }

    /** Counts of articles, near-duplicates, mentions and real events ({@link MergeCounts}). */
    public MergeCounts mergeCounts() {
        return read("merge counts", MergeCounts::of);
    }

    /** Merges every mention and flags every near-duplicate again, in one transaction ({@link MentionMerger#rebuild}). */
    public synchronized MergeCounts rebuildMerges() {
        try {
            MergeCounts after = merger.rebuildAll(conn);
            checkpointOrThrow();
            return after;
        } catch (SQLException e) {
            throw new StoreException("rebuilding the merged events of " + path + " failed, nothing changed: " + e.getMessage(), e);
        }
    }

    /** The stored quotes and figures. */
    public StoredClaims claims() { return claims; }

    /**
     * Writes a whole table to a file ({@link StoreExports}): {@code events} (jsonl or parquet: every mention; csv: GDELT
     * 2.0 columns, each real event), {@code mentions} (GDELT's Mentions table), {@code quotes} or {@code figures}.
     */
    public void export(String table, String format, Path out) {
        exports.export(table, format, out);
    }

    /** Writes all events: {@code export("events", format, out)}. */
    public void export(String format, Path out) {
        exports.export("events", format, out);
    }

    /**
     * Checkpoints and closes; a second close does nothing. Synchronized like every write, so it waits for an ingest
     * in flight to commit or roll back; it then waits for reads in flight, closes the reader connections, and
     * nothing runs on the store after it.
     */
    @Override
    public synchronized void close() {
        if (readers.closed()) return;
        readers.close();
        try (conn) {
            checkpointOrThrow();
        } catch (SQLException e) {
            throw new StoreException("cannot close store " + path + ": " + e.getMessage(), e);
        }
    }
}
