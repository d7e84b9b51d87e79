package org.herald.store;

import java.time.LocalDate;

/**
 * Filters for listing events; null/blank means no filter. {@code actor} matches source or target by prefix
 * ("RUS" matches RUSGOV), {@code country} the first three letters of either, {@code text} the evidence,
 * {@code place} the country where the event happened and {@code box} a bounding box around its location.
 * Every filter is literal text: {@code %}, {@code _} and {@code \} match themselves (see {@link #likePrefix}),
 * and dates must lie within {@link #MIN_DATE}..{@link #MAX_DATE} with {@code from <= to}. {@code distinct} keeps one
 * record per real event: the first mention of each (see {@code org.herald.store.merge}).
 */
public record EventQuery(LocalDate from, LocalDate to, String actor, String source, String target, String country,
                         String code, String root, Integer quadClass, String text, int limit, int offset, String place, Box box,
                         boolean distinct) {
    public static final int MAX_LIMIT = 1000;
    /** The dates a filter may name: four-digit years, which is what the store and its exports hold. */
    public static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1), MAX_DATE = LocalDate.of(9999, 12, 31);
    /** The escape character of every LIKE pattern built from a filter ({@code LIKE ? ESCAPE '\'}). */
    public static final char LIKE_ESCAPE = '\\';

    /** A latitude/longitude box; {@code west > east} crosses the antimeridian. */
    public record Box(double south, double west, double north, double east) {
        public Box {
            if (!(south >= -90 && north <= 90 && south <= north)) throw new IllegalArgumentException("latitudes must satisfy -90 <= south <= north <= 90");
            if (!(west >= -180 && west <= 180 && east >= -180 && east <= 180)) throw new IllegalArgumentException("longitudes must be within -180..180");
        }

        /** "south,west,north,east" in decimal degrees. */
        public static Box parse(String s) {
            String[] f = s.split(",");
            if (f.length != 4) throw new IllegalArgumentException("bbox must be south,west,north,east in decimal degrees");
            try {
                return new Box(Double.parseDouble(f[0].strip()), Double.parseDouble(f[1].strip()), Double.parseDouble(f[2].strip()),
                        Double.parseDouble(f[3].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bbox must be south,west,north,east in decimal degrees");
            }
        }
    }

    public EventQuery {
        checkDates(from, to);
        if (limit <= 0) limit = 50;
        limit = Math.min(limit, MAX_LIMIT);
        offset = Math.max(0, offset);
    }

    /** The filters on actors, codes, dates and text, with no place filter. */
    public EventQuery(LocalDate from, LocalDate to, String actor, String source, String target, String country,
                      String code, String root, Integer quadClass, String text, int limit, int offset) {
        this(from, to, actor, source, target, country, code, root, quadClass, text, limit, offset, null, null);
    }

    /** Every mention (each coded event); {@code distinct} lists one record per real event instead (its first mention). */
    public EventQuery(LocalDate from, LocalDate to, String actor, String source, String target, String country,
                      String code, String root, Integer quadClass, String text, int limit, int offset, String place, Box box) {
        this(from, to, actor, source, target, country, code, root, quadClass, text, limit, offset, place, box, false);
    }

    /**
     * Rejects dates outside {@link #MIN_DATE}..{@link #MAX_DATE} (LocalDate allows years of nine digits, which the
     * database cannot compare) and a {@code from} after {@code to}; null means open.
     */
    public static void checkDates(LocalDate from, LocalDate to) {
        for (LocalDate d : new LocalDate[] {from, to}) {
            if (d != null && (d.isBefore(MIN_DATE) || d.isAfter(MAX_DATE))) {
                throw new IllegalArgumentException("dates must lie between " + MIN_DATE + " and " + MAX_DATE);
            }
        }
        if (from != null && to != null && from.isAfter(to)) throw new IllegalArgumentException("from must not be after to");
    }

    /** {@code s} with LIKE's wildcards and the escape character escaped, so that it matches only itself. */
    public static String escapeLike(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) b.append(LIKE_ESCAPE);
            b.append(c);
        }
        return b.toString();
    }

    /** A pattern for {@code LIKE ? ESCAPE '\'} matching values that start with {@code s} literally. */
    public static String likePrefix(String s) { return escapeLike(s) + "%"; }

    /** A pattern for {@code LIKE ? ESCAPE '\'} matching values that contain {@code s} literally. */
    public static String likeContains(String s) { return "%" + escapeLike(s) + "%"; }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, null, 50, 0);
    }
}
