package org.herald.actors;

import java.time.LocalDate;

/** One stint of a person in an office: the code is valid from {@code from} to {@code to} (open when null). */
public record Leader(String name, ActorCode code, LocalDate from, LocalDate to, String role) {
    public boolean activeOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** Days between {@code date} and this stint (0 within it). */
    public long daysFrom(LocalDate date) {
        if (date.isBefore(from)) return java.time.temporal.ChronoUnit.DAYS.between(date, from);
        if (to != null && date.isAfter(to)) return java.time.temporal.ChronoUnit.DAYS.between(to, date);
        return 0;
    }
}
