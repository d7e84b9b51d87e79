package org.herald.model;

/**
 * Where an event happened, as its sentence (or, failing that, the story's dateline) names it.
 *
 * @param text      the place's words in the story ("Idlib province")
 * @param placeId   gazetteer id: {@code geonames:ID}, {@code iso3166-2:CODE}, {@code herald:NAME} or {@code iso3166:CODE}
 * @param name      the place's gazetteer name ("Idlib")
 * @param country   ISO 3166 alpha-3 / CAMEO country code
 * @param region    the first-level region's name ("" when unknown or for a country)
 * @param admin1    GeoNames first-level region code ("" when unknown)
 * @param precision city, region or country
 * @param how       what tied the place to the event: "clause" (a place phrase of the event's clause or actors),
 *                  "sentence" (another place of the sentence) or "dateline"
 */
public record Location(String text, String placeId, String name, double lat, double lon, String country, String region, String admin1,
                       String precision, String how) {
    /** No location known. */
    public static final Location NONE = new Location("", "", "", Double.NaN, Double.NaN, "", "", "", "", "");

    public Location {
        text = text == null ? "" : text;
        placeId = placeId == null ? "" : placeId;
        name = name == null ? "" : name;
        country = country == null ? "" : country;
        region = region == null ? "" : region;
        admin1 = admin1 == null ? "" : admin1;
        precision = precision == null ? "" : precision;
        how = how == null ? "" : how;
    }

    public boolean known() { return !placeId.isEmpty(); }

    /** GeoNames id of a populated place, 0 otherwise. */
    public long geonameId() {
        return placeId.startsWith("geonames:") ? Long.parseLong(placeId.substring(9)) : 0;
    }

    /** "Idlib (SYR, Idlib, city) via clause", or "" when unknown. */
    public String describe() {
        if (!known()) return "";
        return name + " (" + country + (region.isEmpty() || region.equals(name) ? "" : ", " + region) + ", " + precision + ") via " + how;
    }
}
