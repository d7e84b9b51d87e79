package org.herald.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.herald.model.Article;
import org.herald.read.InputError;
import org.herald.read.PlainTextReader;
import org.herald.read.ReadResult;
import org.herald.read.WireReader;
import org.herald.store.EventQuery;
import org.herald.store.EventStore;

/**
 * A posted article checked against the {@link Limits}: JSON fields or wire text in, an {@link Article} out, or a
 * 400/413 {@link ApiError}. An article posted without an id gets one from its content ("web-" and 16 hex digits of
 * its hash), so two different articles never share a default id.
 */
final class PostedArticle {
    static final Set<String> FIELDS = Set.of("id", "date", "title", "text", "body", "source");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].{0,40})?");

    private PostedArticle() {}

    /** From a JSON object: "text" (or "body") and "date" required, "id", "title" and "source" optional. */
    static Article fromJson(Map<String, Object> json, Limits limits) {
        for (String key : json.keySet()) {
            if (!FIELDS.contains(key)) throw ApiError.badRequest("unknown field '" + clip(key) + "' (fields: id, date, title, text, source)");
        }
        if (json.containsKey("text") && json.containsKey("body")) throw ApiError.badRequest("give \"text\" or \"body\", not both");
        String text = string(json, json.containsKey("body") ? "body" : "text");
        if (text == null || text.isBlank()) throw ApiError.badRequest("missing \"text\"");
        String date = string(json, "date");
        if (date == null || date.isBlank()) throw ApiError.badRequest("missing \"date\" (YYYY-MM-DD)");
        String id = string(json, "id");
        return checked(new Article(id == null || id.isBlank() ? "" : id.strip(), date(date, "date"), str(string(json, "source")),
                str(string(json, "title")), text), limits);
    }

    /**
     * From the wire format (header {@code " date YYYY-MM-DD ID"}, headline, body), or plain text with
     * {@code date} given by the query; one article per request.
     */
    static Article fromWire(String text, Optional<LocalDate> date, Limits limits) {
        if (text == null || text.isBlank()) throw ApiError.badRequest("the body is empty");
        // Files from Windows (CRLF) and old Macs (CR alone) read like any other: the readers split lines on LF.
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        boolean wire = WireReader.looksLikeWire(first);
        if (!wire && date.isEmpty()) {
            throw ApiError.badRequest("plain text needs ?date=YYYY-MM-DD, or begin with the wire header ' date YYYY-MM-DD ID'");
        }
        ReadResult r = wire ? new WireReader("").read("body", text) : new PlainTextReader(date).read("body", text);
        if (!r.errors().isEmpty()) {
            InputError e = r.errors().get(0);
            throw ApiError.badRequest((e.line() > 0 ? "line " + e.line() + ": " : "") + clip(e.message()));
        }
        if (r.articles().size() != 1) throw ApiError.badRequest("post one article at a time (got " + r.articles().size() + ")");
        Article a = r.articles().get(0);
        if (a.date().isBefore(EventQuery.MIN_DATE) || a.date().isAfter(EventQuery.MAX_DATE)) {
            throw ApiError.badRequest("the date must lie between " + EventQuery.MIN_DATE + " and " + EventQuery.MAX_DATE);
        }
        // Plain text has no id of its own (the reader names it after the "file"): derive one.
        return checked(wire ? a : new Article("", a.date(), a.source(), a.title(), a.body()), limits);
    }

    /** A date field or parameter: YYYY-MM-DD (a time after it is ignored), years 0001..9999. */
    static LocalDate date(String value, String name) {
        checkText(name, value, false); // the time after the date is ignored, but not where a control character may hide
        String v = value.strip();
        if (!DATE.matcher(v).matches()) throw ApiError.badRequest(name + " must be a date YYYY-MM-DD");
        try {
            LocalDate d = LocalDate.parse(v.substring(0, 10));
            EventQuery.checkDates(d, null);
            return d;
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " must be a date YYYY-MM-DD");
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(name + " must lie between " + EventQuery.MIN_DATE + " and " + EventQuery.MAX_DATE);
        }
    }

    private static Article checked(Article a, Limits limits) {
        if (a.body().length() > limits.maxTextChars()) {
            throw new ApiError(413, "the article text is longer than " + limits.maxTextChars() + " characters");
        }
        checkText("text", a.body(), true);
        checkField("title", a.title(), limits.maxFieldChars());
        checkField("source", a.source(), limits.maxFieldChars());
        if (a.id().isEmpty()) {
            String hash = EventStore.contentHash(new Article("", a.date(), a.source(), a.title(), a.body()));
            return new Article("web-" + hash.substring(0, 16), a.date(), a.source(), a.title(), a.body());
        }
        checkField("id", a.id(), Limits.MAX_ID_CHARS);
        return a;
    }

    private static void checkField(String name, String value, int max) {
        if (value.length() > max) throw ApiError.badRequest(name + " is longer than " + max + " characters");
        checkText(name, value, false);
    }

    /**
     * No NUL or other control character, no broken surrogate pairs; line breaks and tabs only in the text. One-line
     * values (id, title, source, date, a parameter) also take no Unicode line or paragraph separator and no bidi
     * embedding, override or isolate: an id or title with U+202E shows its end reversed, as something it is not.
     * The text keeps them: prose in right-to-left scripts uses them, and U+2028 is a line break there.
     */
    static void checkText(String name, String value, boolean lineBreaks) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && !(lineBreaks && (c == '\n' || c == '\r' || c == '\t'))) {
                throw ApiError.badRequest(name + " contains a control character");
            }
            if (!lineBreaks && isLayoutControl(c)) throw ApiError.badRequest(name + " contains a line separator or a direction control");
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ApiError.badRequest(name + " is not valid Unicode text");
            }
        }
    }

    /** U+2028 and U+2029 (line and paragraph separators), U+202A..U+202E and U+2066..U+2069 (bidi controls). */
    private static boolean isLayoutControl(char c) {
        return c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String string(Map<String, Object> json, String key) {
        Object v = json.get(key);
        if (v == null) return null;
        if (!(v instanceof String s)) throw ApiError.badRequest("\"" + key + "\" must be a string");
        return s;
    }

    private static String str(String s) { return s == null ? "" : s.strip(); }

    /** User text quoted in a message is kept short. */
    static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
