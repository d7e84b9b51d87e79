package org.herald.model;

import java.time.LocalDate;

/**
 * One coded event: who did what to whom, with the facts an analyst needs to check it. {@code target} is empty
 * for events that have none (an imposed tariff on unnamed nations); {@code trigger} is the predicate word,
 * {@code evidence} the whole sentence and {@code span} the words from source to target (the part to highlight),
 * {@code pattern} the id of the rule that matched ({@code model:TYPE} for an event the learned model added) and
 * {@code explanation} how each part was found. {@code confidence} (0-1) says how sure Herald is of the event,
 * {@code modelProbability} the learned model's probability for its PLOVER type and {@code modelTypes} the model's top
 * types with probabilities ("ASSAULT 0.91, COERCE 0.05"); all three are NaN / empty when no model was used.
 * {@code location} is where the event happened ({@link Location#NONE} when the story does not say). {@code when} is
 * when it happened as the story says it ({@link EventDate}: a day, week, month, year or range, and the words), and
 * {@code date} the first day of it; an event the story does not date has its article's date, precision "article".
 * {@code triggerToken} is the trigger's token in its sentence (1-based, as in the CoNLL-U parse), so later stages and
 * readers find the word itself when it occurs twice; 0 when not known (an event stored before it was kept).
 */
public record Event(
        String articleId, int sentence, LocalDate date,
        String source, String sourceText, String target, String targetText,
        String code, String root, String codeName, double goldstein, int quadClass, String ploverType, String ploverMode,
        String pattern, String trigger, String evidence, String span, boolean negated, String attributedTo, String explanation,
        double confidence, double modelProbability, String modelTypes, Location location, EventDate when, int triggerToken) {

    public Event {
        if (triggerToken < 0) throw new IllegalArgumentException("trigger token " + triggerToken);
        if (location == null) location = Location.NONE;
        // date is always when.start(): an event made without a when is dated by its article.
        if (when == null) when = EventDate.article(date);
        date = when.start();
    }

    /** As the canonical constructor, with the article date standing in for the event's own date. */
    public Event(String articleId, int sentence, LocalDate date,
                 String source, String sourceText, String target, String targetText,
                 String code, String root, String codeName, double goldstein, int quadClass, String ploverType, String ploverMode,
                 String pattern, String trigger, String evidence, String span, boolean negated, String attributedTo, String explanation,
                 double confidence, double modelProbability, String modelTypes, Location location) {
        this(articleId, sentence, date, source, sourceText, target, targetText, code, root, codeName, goldstein, quadClass, ploverType,
                ploverMode, pattern, trigger, evidence, span, negated, attributedTo, explanation, confidence, modelProbability, modelTypes,
                location, null, 0);
    }

    /** As the canonical constructor, with the trigger's token not known (0): an event built by hand or read from an older store. */
    public Event(String articleId, int sentence, LocalDate date,
                 String source, String sourceText, String target, String targetText,
                 String code, String root, String codeName, double goldstein, int quadClass, String ploverType, String ploverMode,
                 String pattern, String trigger, String evidence, String span, boolean negated, String attributedTo, String explanation,
                 double confidence, double modelProbability, String modelTypes, Location location, EventDate when) {
        this(articleId, sentence, date, source, sourceText, target, targetText, code, root, codeName, goldstein, quadClass, ploverType,
                ploverMode, pattern, trigger, evidence, span, negated, attributedTo, explanation, confidence, modelProbability, modelTypes,
                location, when, 0);
    }

    /** An event from the patterns alone, before any model has judged it. */
    public Event(String articleId, int sentence, LocalDate date,
                 String source, String sourceText, String target, String targetText,
                 String code, String root, String codeName, double goldstein, int quadClass, String ploverType, String ploverMode,
                 String pattern, String trigger, String evidence, String span, boolean negated, String attributedTo, String explanation) {
        this(articleId, sentence, date, source, sourceText, target, targetText, code, root, codeName, goldstein, quadClass, ploverType,
                ploverMode, pattern, trigger, evidence, span, negated, attributedTo, explanation, Double.NaN, Double.NaN, "", Location.NONE);
    }

    /** This event as judged by the model: its confidence, the model's probability for its type, the model's top types. */
    public Event withModel(double confidence, double modelProbability, String modelTypes) {
        return new Event(articleId, sentence, date, source, sourceText, target, targetText, code, root, codeName, goldstein, quadClass,
                ploverType, ploverMode, pattern, trigger, evidence, span, negated, attributedTo, explanation, confidence, modelProbability,
                modelTypes, location, when, triggerToken);
    }

    /** The same event with an explanation added to (the model's nearest examples, for instance). */
    public Event withExplanation(String more) {
        return new Event(articleId, sentence, date, source, sourceText, target, targetText, code, root, codeName, goldstein, quadClass,
                ploverType, ploverMode, pattern, trigger, evidence, span, negated, attributedTo,
                explanation.isEmpty() ? more : explanation + "; " + more, confidence, modelProbability, modelTypes, location, when, triggerToken);
    }

    /** The same event with other actor codes (same words), and why they changed added to the explanation. */
    public Event withActors(String newSource, String newTarget, String why) {
        return new Event(articleId, sentence, date, newSource, sourceText, newTarget, targetText, code, root, codeName, goldstein, quadClass,
                ploverType, ploverMode, pattern, trigger, evidence, span, negated, attributedTo,
                explanation.isEmpty() ? why : explanation + "; " + why, confidence, modelProbability, modelTypes, location, when, triggerToken);
    }

    /** The same event reported by {@code who} ("RUSGOV (a Kremlin statement)"): the speaker of the quote it is in. */
    public Event withAttribution(String who) {
        return new Event(articleId, sentence, date, source, sourceText, target, targetText, code, root, codeName, goldstein, quadClass,
                ploverType, ploverMode, pattern, trigger, evidence, span, negated, who == null ? "" : who, explanation, confidence,
                modelProbability, modelTypes, location, when, triggerToken);
    }

    /** The same event with its trigger's token index in its sentence (1-based; 0 when not known). */
    public Event withTriggerToken(int token) {
        return new Event(articleId, sentence, date, source, sourceText, target, targetText, code, root, codeName, goldstein, quadClass,
                ploverType, ploverMode, pattern, trigger, evidence, span, negated, attributedTo, explanation, confidence, modelProbability,
                modelTypes, location, when, token);
    }

    /** The same event placed where it happened. */
    public Event withLocation(Location where) {
        return new Event(articleId, sentence, date, source, sourceText, target, targetText, code, root, codeName, goldstein, quadClass,
                ploverType, ploverMode, pattern, trigger, evidence, span, negated, attributedTo, explanation, confidence, modelProbability,
                modelTypes, where == null ? Location.NONE : where, when, triggerToken);
    }

    /** The same event dated by its story ({@link EventDate}); {@code date} becomes its start. */
    public Event withDate(EventDate newWhen) {
        return new Event(articleId, sentence, newWhen.start(), source, sourceText, target, targetText, code, root, codeName, goldstein, quadClass,
                ploverType, ploverMode, pattern, trigger, evidence, span, negated, attributedTo, explanation, confidence, modelProbability,
                modelTypes, location, newWhen, triggerToken);
    }

    /** The fields under their exchange names (snake_case), in the order of the JSON and CSV outputs. */
    public java.util.Map<String, Object> fields() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("article_id", articleId);
        m.put("sentence", sentence);
        m.put("date", date.toString());
        m.put("date_end", when.end().toString());
        m.put("date_precision", when.precision());
        m.put("date_text", when.text());
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
        m.put("trigger_token", triggerToken);
        m.put("negated", negated);
        m.put("attributed_to", attributedTo);
        m.put("confidence", Double.isNaN(confidence) ? null : confidence);
        m.put("model_probability", Double.isNaN(modelProbability) ? null : modelProbability);
        m.put("model_types", modelTypes);
        m.put("location", location.text());
        m.put("location_id", location.placeId());
        m.put("location_name", location.name());
        m.put("location_country", location.country());
        m.put("location_region", location.region());
        m.put("location_precision", location.precision());
        m.put("location_lat", location.known() ? location.lat() : null);
        m.put("location_lon", location.known() ? location.lon() : null);
        m.put("span", span);
        m.put("evidence", evidence);
        return m;
    }

    /** Compact "RUSGOV 040 IRNGOV 2026-01-16" form used in tables and tests. */
    public String triple() {
        return (source.isEmpty() ? "---" : source) + " " + code + " " + (target.isEmpty() ? "---" : target);
    }
}
