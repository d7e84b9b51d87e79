package org.herald.geo;

/**
 * One populated place of the gazetteer: GeoNames id, name, country (CAMEO/ISO 3166 alpha-3), GeoNames feature code
 * (PPLC capital, PPLA first-level seat...), first-level region code, population and position.
 */
public record Place(long geonameId, String name, String country, String feature, String admin1, long population, double lat, double lon) {
    /** "Paris (FRA, 11, pop. 2138551)". */
    public String describe() {
        return name + " (" + country + ", " + admin1 + ", pop. " + population + ")";
    }
}
