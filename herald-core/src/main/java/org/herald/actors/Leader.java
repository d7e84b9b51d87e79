package org.herald.actors;

import java.time.LocalDate;

/** One stint of a person in an office: the code is valid from {@code from} to {@code to} (open when null). */
public record Leader(String name, ActorCode code, LocalDate from, LocalDate to, String role) {
    public boolean activeOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
