package org.herald.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The filter and sort columns of {@code events} held in memory, in page order (date newest first, then article id,
 * sentence, id), for a server answering many filtered event pages a second. DuckDB answers such a page in 1-4 ms
 * of CPU (a filtered scan of every row); here a page is a binary search on the date range and a pass over small
 * arrays, with string filters decided once per distinct value. It answers the filters of {@link EventRows#where}
 * with the same meaning (tested against DuckDB on random stores and queries). Rows cost about 100 bytes an event;
 * the text searched by {@code q} (evidence, source and target text) is held too when the store allows it (a
 * budget in characters), else text search goes to DuckDB.
 *
 * <p>Each change builds a new immutable snapshot and swaps it in, so a page never sees half an ingest. The store
 * refreshes an article's rows after its ingest commits, and rebuilds everything after free SQL.
 */
final class EventIndex {
    /** The page order of {@link EventPages}: date DESC, article_id, sentence, id (strings in code point order, as DuckDB compares them). */
    private static final Comparator<Row> ORDER = Comparator.comparingInt((Row r) -> -r.day())
            .thenComparing(Row::articleId, EventIndex::compareCodePoints)
            .thenComparingInt(Row::sentence)
            .thenComparingLong(Row::id);

    private static final String COLUMNS = "id, date, article_id, sentence, source, target, code, root, quad_class, location_country, location_lat, location_lon";
    /** The searched text, as {@link #lower} makes it: evidence, source text and target text, NUL between (no query holds a NUL). */
    private static final String TEXT = ", evidence, source_text, target_text";

    /**
     * One event's indexed columns; absent values (SQL NULL) are null or NaN and never match a filter. {@code text} is
     * null when the index holds no text (text search then goes to DuckDB).
     */
    record Row(long id, int day, String articleId, int sentence, String source, String target, String code, String root, Integer quad,
               String place, double lat, double lon, String text) {}

    /** Rows in page order, as parallel arrays; strings as indexes into {@code dict}, a copy of the index's dictionary. */
    private record Snapshot(Row[] rows, String[] dict, int[] source, int[] target, int[] code, int[] root, int[] place, long textChars) {}

    /**
     * Every string value the index has seen, each with a fixed number: only appended to (under the index's lock), so
     * an ingest interns just its own rows and copies the others' numbers.
     */
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    /** A value's number; -1 for null, which no filter matches. */
    private int intern(String s) {
        if (s == null) return -1;
        return codes.computeIfAbsent(s, k -> {
            values.add(k);
            return values.size() - 1;
        });
    }

    /** A snapshot of rows in page order; {@code from}/{@code at} give the numbers of rows already held (else interned). */
    private Snapshot snapshotOf(Row[] rows, Snapshot from, int[] at) {
        int n = rows.length;
        int[] source = new int[n], target = new int[n], code = new int[n], root = new int[n], place = new int[n];
        long textChars = 0;
        for (int i = 0; i < n; i++) {
            if (rows[i].text() != null) textChars += rows[i].text().length();
            int k = at == null ? -1 : at[i];
            if (k >= 0) {
                source[i] = from.source()[k];
                target[i] = from.target()[k];
                code[i] = from.code()[k];
                root[i] = from.root()[k];
                place[i] = from.place()[k];
            } else {
                Row r = rows[i];
                source[i] = intern(r.source());
                target[i] = intern(r.target());
                code[i] = intern(r.code());
                root[i] = intern(r.root());
                place[i] = intern(r.place());
            }
        }
        return new Snapshot(rows, values.toArray(String[]::new), source, target, code, root, place, textChars);
    }

    private volatile Snapshot snapshot;
    private final boolean withText;

    private EventIndex(Row[] rows, boolean withText) {
        this.withText = withText;
        this.snapshot = snapshotOf(rows, null, null);
    }

    /** Reads every event's indexed columns, and their text if {@code withText} (then text search is answered here too). */
    static EventIndex load(Connection c, boolean withText) throws SQLException {
        return new EventIndex(sorted(read(c, select(withText), null, withText)), withText);
    }

    private static String select(boolean withText) {
        return "SELECT " + COLUMNS + (withText ? TEXT : "") + " FROM events";
    }

    boolean holdsText() {
        return withText;
    }

    int size() {
        return snapshot.rows().length;
    }

    /** Characters of searched text held (0 without text). */
    long textChars() {
        return snapshot.textChars();
    }

    /** After an ingest committed: the article's rows as they now are in the store replace the ones held. */
    synchronized void refresh(Connection c, String articleId) throws SQLException {
        List<Row> fresh = read(c, select(withText) + " WHERE article_id = ?", articleId, withText);
        fresh.sort(ORDER);
        Snapshot before = snapshot;
        Row[] old = before.rows();
        Row[] merged = new Row[old.length + fresh.size()];
        int[] at = new int[merged.length]; // where each merged row was in the old snapshot, -1 for a fresh one
        int n = 0, j = 0;
        for (int i = 0; i < old.length; i++) {
            Row r = old[i];
            if (r.articleId().equals(articleId)) continue;
            while (j < fresh.size() && ORDER.compare(fresh.get(j), r) < 0) {
                at[n] = -1;
                merged[n++] = fresh.get(j++);
            }
            at[n] = i;
            merged[n++] = r;
        }
        while (j < fresh.size()) {
            at[n] = -1;
            merged[n++] = fresh.get(j++);
        }
        snapshot = snapshotOf(Arrays.copyOf(merged, n), before, Arrays.copyOf(at, n));
    }

    /** After changes the index cannot follow (free SQL): everything read again. */
    synchronized void rebuild(Connection c) throws SQLException {
        snapshot = snapshotOf(sorted(read(c, select(withText), null, withText)), null, null);
    }

    /**
     * Ids of the page and the total, or empty for a query the index does not answer (text search without text held,
     * one record per real event).
     */
    Optional<Page> page(EventQuery q) {
        if (q.distinct()) return Optional.empty(); // which row is a real event's first changes with merges: DuckDB knows
        boolean search = q.text() != null && !q.text().isBlank();
        if (search && (!withText || q.text().indexOf('\u0000') >= 0)) return Optional.empty();
        Snapshot s = snapshot;
        int from = 0, to = s.rows().length; // rows [from, to) are within the date range
        if (q.to() != null) from = firstDayAtMost(s.rows(), (int) q.to().toEpochDay());
        if (q.from() != null) to = firstDayAtMost(s.rows(), (int) q.from().toEpochDay() - 1);
        Filter f = new Filter(q, s.dict());
        long total = 0;
        List<Long> ids = new ArrayList<>(q.limit());
        long end = (long) q.offset() + q.limit();
        for (int i = from; i < to; i++) {
            if (!f.matches(s, i)) continue;
            if (total >= q.offset() && total < end) ids.add(s.rows()[i].id());
            total++;
        }
        return Optional.of(new Page(total, ids));
    }

    record Page(long total, List<Long> ids) {}

    /** The first row whose day is at most {@code day} (rows are sorted by day, newest first). */
    private static int firstDayAtMost(Row[] rows, int day) {
        int lo = 0, hi = rows.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rows[mid].day() > day) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The query's filters, each string filter decided once per dictionary value. */
    private static final class Filter {
        private final boolean[] actor, source, target, country, code, root, place;
        private final Integer quad;
        private final EventQuery.Box box;
        private final String text;

        Filter(EventQuery q, String[] dict) {
            actor = prefix(dict, q.actor());
            source = prefix(dict, q.source());
            target = prefix(dict, q.target());
            country = blank(q.country()) ? null : decide(dict, v -> firstCodePoints(v, 3).equals(q.country()));
            code = prefix(dict, q.code());
            String r = blank(q.root()) ? null : q.root().length() == 1 ? "0" + q.root() : q.root();
            root = r == null ? null : decide(dict, r::equals);
            place = blank(q.place()) ? null : decide(dict, q.place()::equals);
            quad = q.quadClass();
            box = q.box();
            text = blank(q.text()) ? null : lower(q.text());
        }

        boolean matches(Snapshot s, int i) {
            if (actor != null && !(is(actor, s.source()[i]) || is(actor, s.target()[i]))) return false;
            if (source != null && !is(source, s.source()[i])) return false;
            if (target != null && !is(target, s.target()[i])) return false;
            if (country != null && !(is(country, s.source()[i]) || is(country, s.target()[i]))) return false;
            if (code != null && !is(code, s.code()[i])) return false;
            if (root != null && !is(root, s.root()[i])) return false;
            if (quad != null && !quad.equals(s.rows()[i].quad())) return false;
            if (place != null && !is(place, s.place()[i])) return false;
            if (text != null && !s.rows()[i].text().contains(text)) return false;
            if (box != null) {
                double lat = s.rows()[i].lat(), lon = s.rows()[i].lon();
                if (Double.isNaN(lat) || Double.isNaN(lon) || lat < box.south() || lat > box.north()) return false;
                if (box.west() <= box.east() ? lon < box.west() || lon > box.east() : lon < box.west() && lon > box.east()) return false;
            }
            return true;
        }

        private static boolean is(boolean[] decided, int value) {
            return value >= 0 && decided[value];
        }

        /** LIKE 'x%' with x escaped: a literal, case-sensitive prefix. */
        private static boolean[] prefix(String[] dict, String p) {
            return blank(p) ? null : decide(dict, v -> v.startsWith(p));
        }

        private static boolean[] decide(String[] dict, Predicate<String> p) {
            boolean[] out = new boolean[dict.length];
            for (int i = 0; i < dict.length; i++) out[i] = p.test(dict[i]);
            return out;
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    private static String searched(ResultSet rs) throws SQLException {
        StringBuilder b = new StringBuilder();
        for (int col = 13; col <= 15; col++) {
            String v = rs.getString(col);
            if (col > 13) b.append('\u0000');
            if (v != null) b.append(v);
        }
        return lower(b.toString());
    }

    /** ILIKE's case folding: each code point to its simple lower case, as DuckDB lowers text and pattern alike. */
    static String lower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(Character.toLowerCase(cp)));
        return b.toString();
    }

    /** DuckDB's left(s, n): the first n characters (code points). */
    private static String firstCodePoints(String s, int n) {
        int count = s.codePointCount(0, s.length());
        return count <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** VARCHAR order: UTF-8 bytes, which is code point order (String.compareTo orders UTF-16 units). */
    static int compareCodePoints(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i), cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static Row[] sorted(List<Row> rows) {
        Row[] out = rows.toArray(Row[]::new);
        Arrays.sort(out, ORDER);
        return out;
    }

    private static List<Row> read(Connection c, String sql, String arg, boolean withText) throws SQLException {
        List<Row> out = new ArrayList<>();
        // One String object per distinct value: JDBC makes a new one per cell, and most cells repeat.
        Map<String, String> one = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (arg != null) ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int quad = rs.getInt(9);
                    Integer q = rs.wasNull() ? null : quad;
                    double lat = rs.getDouble(11);
                    if (rs.wasNull()) lat = Double.NaN;
                    double lon = rs.getDouble(12);
                    if (rs.wasNull()) lon = Double.NaN;
                    out.add(new Row(rs.getLong(1), (int) rs.getDate(2).toLocalDate().toEpochDay(), canonical(rs.getString(3), one), rs.getInt(4),
                            canonical(rs.getString(5), one), canonical(rs.getString(6), one), canonical(rs.getString(7), one),
                            canonical(rs.getString(8), one), q, canonical(rs.getString(10), one), lat, lon, withText ? searched(rs) : null));
                }
            }
        }
        return out;
    }

    private static String canonical(String s, Map<String, String> one) {
        return s == null ? null : one.computeIfAbsent(s, k -> k);
    }
}
