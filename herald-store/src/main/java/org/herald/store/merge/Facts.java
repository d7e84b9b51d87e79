package org.herald.store.merge;

import java.time.LocalDate;
import org.herald.model.Event;
import org.herald.model.Location;

/**
 * What the merge rules look at in one stored event (its row id, actors, codes, date span, place and evidence).
 * {@code date} and {@code dateEnd} are the first and last day of the event's date ({@code dateEnd} null: the same day).
 */
record Facts(long eventId, String articleId, String source, String target, String code, String root, LocalDate date, LocalDate dateEnd,
             String placeId, String country, String admin1, String precision, String evidence) {
    Facts {
        if (dateEnd == null || dateEnd.isBefore(date)) dateEnd = date;
        source = blankIfNull(source);
        target = blankIfNull(target);
        placeId = blankIfNull(placeId);
        country = blankIfNull(country);
        admin1 = blankIfNull(admin1);
        precision = blankIfNull(precision);
        evidence = blankIfNull(evidence);
    }

    static Facts of(long id, Event e) {
        Location l = e.location();
        return new Facts(id, e.articleId(), e.source(), e.target(), e.code(), e.root(), e.when().start(), e.when().end(), l.placeId(), l.country(), l.admin1(),
                l.precision(), e.evidence());
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s;
    }
}
