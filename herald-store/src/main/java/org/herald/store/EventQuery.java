package org.herald.store;

import java.time.LocalDate;

/**
 * Filters for listing events; null/blank means no filter. {@code actor} matches source or target by prefix
 * ("RUS" matches RUSGOV), {@code country} the first three letters of either, {@code text} the evidence,
 * {@code place} the country where the event happened and {@code box} a bounding box around its location.
 */
public record EventQuery(LocalDate from, LocalDate to, String actor, String source, String target, String country,
                         String code, String root, Integer quadClass, String text, int limit, int offset, String place, Box box) {
    public static final int MAX_LIMIT = 1000;

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
        if (limit <= 0) limit = 50;
        limit = Math.min(limit, MAX_LIMIT);
        offset = Math.max(0, offset);
    }

    /** The filters on actors, codes, dates and text, with no place filter. */
    public EventQuery(LocalDate from, LocalDate to, String actor, String source, String target, String country,
                      String code, String root, Integer quadClass, String text, int limit, int offset) {
        this(from, to, actor, source, target, country, code, root, quadClass, text, limit, offset, null, null);
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, null, 50, 0);
    }
}
