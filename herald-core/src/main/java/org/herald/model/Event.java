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

    /** The fields under their exchange names (snake_case), in the order of the JSON and CSV outputs. */
    public java.util.Map<String, Object> fields() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("article_id", articleId);
        m.put("sentence", sentence);
        m.put("date", date.toString());
        m.put("source", source);
        m.put("source_text", sourceText);
        m.put("target", target);
        m.put("target_text", targetText);
        m.put("code", code);
        m.put("root", root);
        m.put("code_name", codeName);
        m.put("goldstein", goldstein);
        m.put("quad_class", quadClass);
        m.put("plover_type", ploverType);
        m.put("plover_mode", ploverMode);
        m.put("pattern", pattern);
        m.put("trigger", trigger);
        m.put("negated", negated);
        m.put("attributed_to", attributedTo);
        m.put("span", span);
        m.put("evidence", evidence);
        return m;
    }

    /** Compact "RUSGOV 040 IRNGOV 2026-01-16" form used in tables and tests. */
    public String triple() {
        return (source.isEmpty() ? "---" : source) + " " + code + " " + (target.isEmpty() ? "---" : target);
    }
}
