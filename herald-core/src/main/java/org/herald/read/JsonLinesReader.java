package org.herald.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.model.Article;

/**
 * JSON Lines, one article per line: {@code {"id","date","title","text","source","url"}}. "text" (or "body")
 * is required; "date" may be supplied for all lines by the caller; "id" defaults to file:line. A line whose fields are not
 * strings ({@code {"text": 5}}) is refused with its line number, not coded.
 */
public final class JsonLinesReader implements ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Optional<LocalDate> defaultDate;

    public JsonLinesReader(Optional<LocalDate> defaultDate) { this.defaultDate = defaultDate; }

    @Override
    public ReadResult read(String source, String text) {
        List<Article> articles = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty()) continue;
            int lineNo = n + 1;
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                errors.add(new InputError(source, lineNo, "not valid JSON: " + e.getOriginalMessage()));
                continue;
            }
            if (node == null || !node.isObject()) {
                errors.add(new InputError(source, lineNo, "expected a JSON object"));
                continue;
            }
            String wrong = wrongType(node);
            if (wrong != null) {
                errors.add(new InputError(source, lineNo, wrong));
                continue;
            }
            String body = str(node, "text").or(() -> str(node, "body")).orElse("");
            if (body.isBlank()) {
                errors.add(new InputError(source, lineNo, "missing \"text\""));
                continue;
            }
            LocalDate date;
            Optional<String> rawDate = str(node, "date");
            try {
                date = rawDate.isPresent() ? LocalDate.parse(rawDate.get().length() > 10 ? rawDate.get().substring(0, 10) : rawDate.get())
                        : defaultDate.orElse(null);
            } catch (DateTimeParseException e) {
                errors.add(new InputError(source, lineNo, "bad \"date\" '" + rawDate.get() + "' (want YYYY-MM-DD)"));
                continue;
            }
            if (date == null) {
                errors.add(new InputError(source, lineNo, "missing \"date\" (give one, or pass --date)"));
                continue;
            }
            String id = str(node, "id").orElse(source + ":" + lineNo);
            String src = str(node, "source").or(() -> str(node, "url")).orElse("");
            articles.add(new Article(id, date, src, str(node, "title").orElse(""), body));
        }
        return new ReadResult(articles, errors);
    }

    /** The fields Herald reads; each must be a string (or null) when present. */
    private static final List<String> FIELDS = List.of("id", "date", "title", "text", "body", "source", "url");

    /** Why the line is refused when a field Herald reads is no string ({@code {"text": 5}}, {@code {"id": [1]}}), else null. */
    private static String wrongType(JsonNode node) {
        for (String f : FIELDS) {
            JsonNode v = node.get(f);
            if (v == null || v.isNull() || v.isTextual()) continue;
            String kind = v.isNumber() ? "a number" : v.isArray() ? "a list" : v.isObject() ? "an object" : v.isBoolean() ? "true or false" : "not text";
            return "\"" + f + "\" must be a string, not " + kind;
        }
        return null;
    }

    private static Optional<String> str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return Optional.empty();
        return Optional.of(v.asText());
    }
}
