package org.herald.geo;

/**
 * One place of the gazetteer: a populated place (GeoNames), a subdivision of a country (state, province...), a named
 * region written by Herald's developers (Sinai, Donbas) or a country.
 *
 * @param id         where the place comes from: {@code geonames:ID}, {@code iso3166-2:CODE}, {@code herald:NAME} or
 *                   {@code iso3166:CODE}
 * @param country    CAMEO/ISO 3166 alpha-3 country code
 * @param precision  how precise a location it gives
 * @param feature    GeoNames feature code (PPLC capital, PPLA first-level seat...), the subdivision's type
 *                   ("province"), the named region's kind ("peninsula") or "country"
 * @param admin1     GeoNames first-level region code of the place ("" when unknown)
 * @param region     name of the first-level region the place is in (its own name for a region; "" when unknown)
 * @param population people living there (for a subdivision: the people of its populated places; 0 when unknown)
 */
public record Place(String id, String name, String country, Precision precision, String feature, String admin1, String region, long population,
                    double lat, double lon) {
    /** How precise a location a place gives. */
    public enum Precision {
        CITY, REGION, COUNTRY;

        public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** "Paris (FRA, Île-de-France, pop. 2138551)". */
    public String describe() {
        return name + " (" + country + (region.isEmpty() || region.equals(name) ? "" : ", " + region) + ", " + precision.label()
                + (population > 0 ? ", pop. " + population : "") + ")";
    }

    /** GeoNames id of a populated place, 0 for other places. */
    public long geonameId() {
        return id.startsWith("geonames:") ? Long.parseLong(id.substring(9)) : 0;
    }
}
