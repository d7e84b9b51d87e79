package org.herald.model;

import java.time.LocalDate;

/**
 * One coded event: who did what to whom, with the facts an analyst needs to check it. {@code target} is empty
 * for events that have none (an imposed tariff on unnamed nations); {@code trigger} is the predicate word,
 * {@code evidence} the whole sentence and {@code span} the words from source to target (the part to highlight),
 * {@code pattern} the id of the rule that matched and {@code explanation} how each part was found.
 */
public record Event(
        String articleId, int sentence, LocalDate date,
        String source, String sourceText, String target, String targetText,
        String code, String root, String codeName, double goldstein, int quadClass, String ploverType, String ploverMode,
        String pattern, String trigger, String evidence, String span, boolean negated, String attributedTo, String explanation) {

    /** Compact "RUSGOV 040 IRNGOV 2026-01-16" form used in tables and tests. */
    public String triple() {
        return (source.isEmpty() ? "---" : source) + " " + code + " " + (target.isEmpty() ? "---" : target);
    }
}
