package org.herald.spark;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.herald.model.Article;
import org.herald.model.Event;
import org.herald.model.Figure;
import org.herald.model.Quote;
import org.herald.model.Location;

/**
 * The Parquet layout of the job's outputs: the columns and types of {@code herald export --format parquet} (the
 * store's events table, {@code EventRows.COLUMNS}) and of the store's articles table, and the row each record
 * writes. {@code SparkJobTest} checks the events' columns against a real store export, so the two cannot drift.
 */
final class SparkColumns {
    private SparkColumns() {}

    static final StructType EVENTS = schema(
            "id", DataTypes.LongType, "article_id", DataTypes.StringType, "sentence", DataTypes.IntegerType, "date", DataTypes.DateType,
            "date_end", DataTypes.DateType, "date_precision", DataTypes.StringType, "date_text", DataTypes.StringType,
            "source", DataTypes.StringType, "source_text", DataTypes.StringType, "target", DataTypes.StringType, "target_text", DataTypes.StringType,
            "code", DataTypes.StringType, "root", DataTypes.StringType, "code_name", DataTypes.StringType, "goldstein", DataTypes.DoubleType,
            "quad_class", DataTypes.IntegerType, "plover_type", DataTypes.StringType, "plover_mode", DataTypes.StringType,
            "pattern", DataTypes.StringType, "trigger", DataTypes.StringType, "trigger_token", DataTypes.IntegerType, "evidence", DataTypes.StringType, "span", DataTypes.StringType,
            "negated", DataTypes.BooleanType, "attributed_to", DataTypes.StringType, "explanation", DataTypes.StringType,
            "confidence", DataTypes.DoubleType, "model_probability", DataTypes.DoubleType, "model_types", DataTypes.StringType,
            "location", DataTypes.StringType, "location_id", DataTypes.StringType, "location_name", DataTypes.StringType,
            "location_country", DataTypes.StringType, "location_region", DataTypes.StringType, "location_admin1", DataTypes.StringType,
            "location_precision", DataTypes.StringType, "location_lat", DataTypes.DoubleType, "location_lon", DataTypes.DoubleType,
            "location_how", DataTypes.StringType);

    static final StructType ARTICLES = schema(
            "id", DataTypes.StringType, "date", DataTypes.DateType, "source", DataTypes.StringType, "title", DataTypes.StringType,
            "body", DataTypes.StringType, "content_hash", DataTypes.StringType, "ingested_at", DataTypes.TimestampType,
            "discarded", DataTypes.StringType, "events", DataTypes.IntegerType);

    /**
     * What the job adds to each article in {@code OUT/articles} ({@code id} is the article's): its near-duplicate flag
     * (null when it repeats no earlier article) and its MinHash signature (null for an article without words), as the
     * store's {@code near_duplicates} and {@code article_signatures} hold them; {@code herald load} loads both.
     */
    static final StructType ARTICLE_MERGE = schema(
            "id", DataTypes.StringType, "near_duplicate_of", DataTypes.StringType, "near_duplicate_similarity", DataTypes.DoubleType,
            "signature", DataTypes.BinaryType);

    static final StructType QUOTES = schema(
            "id", DataTypes.LongType, "article_id", DataTypes.StringType, "sentence", DataTypes.IntegerType, "kind", DataTypes.StringType,
            "speaker", DataTypes.StringType, "speaker_text", DataTypes.StringType, "verb", DataTypes.StringType, "text", DataTypes.StringType,
            "begin_char", DataTypes.IntegerType, "end_char", DataTypes.IntegerType,
            "event_ids", DataTypes.createArrayType(DataTypes.LongType, true), "speaker_how", DataTypes.StringType);

    static final StructType FIGURES = schema(
            "id", DataTypes.LongType, "article_id", DataTypes.StringType, "sentence", DataTypes.IntegerType, "value", DataTypes.DoubleType,
            "low", DataTypes.DoubleType, "high", DataTypes.DoubleType, "unit", DataTypes.StringType, "category", DataTypes.StringType,
            "counted", DataTypes.StringType, "among", DataTypes.StringType, "qualifier", DataTypes.StringType, "claimant", DataTypes.StringType,
            "claimant_text", DataTypes.StringType, "event_id", DataTypes.LongType, "text", DataTypes.StringType,
            "begin_char", DataTypes.IntegerType, "end_char", DataTypes.IntegerType);

    /** The columns of {@code herald export --table mentions --format parquet} (GDELT's Mentions, as Herald writes them). */
    static final StructType MENTIONS = schema(
            "merged_id", DataTypes.LongType, "event_id", DataTypes.LongType, "article_id", DataTypes.StringType, "sentence", DataTypes.IntegerType,
            "date", DataTypes.DateType, "confidence", DataTypes.DoubleType, "source_name", DataTypes.StringType,
            "near_duplicate_of", DataTypes.StringType, "near_duplicate_similarity", DataTypes.DoubleType);

    private static StructType schema(Object... namesAndTypes) {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.add(DataTypes.createStructField((String) namesAndTypes[i], (DataType) namesAndTypes[i + 1], true));
        }
        return DataTypes.createStructType(fields);
    }

    /** The events row of {@code e}, the {@code ordinal}-th event of its article. */
    static Row event(Event e, int ordinal) {
        Location l = e.location();
        return RowFactory.create(eventId(e.articleId(), ordinal), e.articleId(), e.sentence(), Date.valueOf(e.date()),
                Date.valueOf(e.when().end()), e.when().precision(), e.when().text(),
                e.source(), e.sourceText(), e.target(), e.targetText(), e.code(), e.root(), e.codeName(), e.goldstein(), e.quadClass(),
                e.ploverType(), e.ploverMode(), e.pattern(), e.trigger(), e.triggerToken() > 0 ? e.triggerToken() : null, e.evidence(), e.span(), e.negated(), e.attributedTo(),
                e.explanation(), number(e.confidence()), number(e.modelProbability()), e.modelTypes(),
                l.text(), l.placeId(), l.name(), l.country(), l.region(), l.admin1(), l.precision(),
                l.known() ? number(l.lat()) : null, l.known() ? number(l.lon()) : null, l.how());
    }

    /** The quotes row of the {@code ordinal}-th quote of its article; its events by their event ids. */
    static Row quote(Quote q, int ordinal) {
        List<Long> events = new ArrayList<>();
        for (int i : q.events()) events.add(eventId(q.articleId(), i));
        return RowFactory.create(id(q.articleId(), "quote", ordinal), q.articleId(), q.sentence(), q.kind(), q.speaker(), q.speakerText(),
                q.verb(), q.text(), q.begin(), q.end(), scala.jdk.javaapi.CollectionConverters.asScala(events).toSeq(), q.speakerHow());
    }

    /** The figures row of the {@code ordinal}-th figure of its article; its event by event id (null for none). */
    static Row figure(Figure f, int ordinal) {
        return RowFactory.create(id(f.articleId(), "figure", ordinal), f.articleId(), f.sentence(), f.value(), number(f.low()),
                number(f.high()), f.unit(), f.category(), f.counted(), f.among(), f.qualifier(), f.claimant(), f.claimantText(),
                f.event() < 0 ? null : eventId(f.articleId(), f.event()), f.text(), f.begin(), f.end());
    }

    /** The event an events row holds (every field {@link #event} wrote, the date span included); columns by name. */
    static Event toEvent(Row r) {
        Location where = r.isNullAt(ix("location_lat")) ? Location.NONE : new Location(str(r, "location"), str(r, "location_id"),
                str(r, "location_name"), r.getDouble(ix("location_lat")), r.getDouble(ix("location_lon")), str(r, "location_country"),
                str(r, "location_region"), str(r, "location_admin1"), str(r, "location_precision"), str(r, "location_how"));
        org.herald.model.EventDate when = new org.herald.model.EventDate(r.getDate(ix("date")).toLocalDate(), r.getDate(ix("date_end")).toLocalDate(),
                str(r, "date_precision"), str(r, "date_text"));
        return new Event(str(r, "article_id"), r.getInt(ix("sentence")), when.start(), str(r, "source"), str(r, "source_text"), str(r, "target"),
                str(r, "target_text"), str(r, "code"), str(r, "root"), str(r, "code_name"), r.getDouble(ix("goldstein")), r.getInt(ix("quad_class")),
                str(r, "plover_type"), str(r, "plover_mode"), str(r, "pattern"), str(r, "trigger"), str(r, "evidence"), str(r, "span"),
                r.getBoolean(ix("negated")), str(r, "attributed_to"), str(r, "explanation"), dbl(r, "confidence"), dbl(r, "model_probability"),
                str(r, "model_types"), where, when, r.isNullAt(ix("trigger_token")) ? 0 : r.getInt(ix("trigger_token")));
    }

    private static int ix(String column) {
        return EVENTS.fieldIndex(column);
    }

    private static String str(Row r, String column) {
        return r.getString(ix(column));
    }

    private static double dbl(Row r, String column) {
        int i = ix(column);
        return r.isNullAt(i) ? Double.NaN : r.getDouble(i);
    }

    /** The articles row: what the store keeps of an article, why it was not coded (or null) and its number of events. */
    static Row article(Article a, String discarded, int events, Timestamp codedAt) {
        return RowFactory.create(a.id(), Date.valueOf(a.date()), a.source(), a.title(), a.body(), org.herald.store.EventStore.contentHash(a),
                codedAt, discarded == null || discarded.isEmpty() ? null : discarded, events);
    }

    /**
     * An event id that does not depend on where or how often the article was coded: the first 63 bits of SHA-256 of
     * the article id and the event's place in it. A retried task writes the same ids; two runs over the same input
     * agree.
     */
    static long eventId(String articleId, int ordinal) {
        return id(articleId, "", ordinal);
    }

    /** The same for the article's quotes and figures ({@code kind} "quote", "figure"). */
    private static long id(String articleId, String kind, int ordinal) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            String key = kind.isEmpty() ? articleId + "\u0000" + ordinal : articleId + "\u0000" + kind + "\u0000" + ordinal;
            byte[] h = md.digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(h).getLong() & Long.MAX_VALUE;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Double number(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
