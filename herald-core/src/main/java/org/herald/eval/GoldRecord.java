package org.herald.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.herald.dict.DictionaryException;

/**
 * One gold sentence: {@code {"id","date","text","expected":[{"source","target","code"}]}}; PLOVER records carry
 * {@code "plover"} (null for a no-event record), optionally {@code "plover_alt"} (other accepted types) and
 * {@code "sources"} instead of {@code expected}. Dates may be YYYY-MM-DD or YYYYMMDD.
 */
public record GoldRecord(String id, LocalDate date, String text, List<Expected> expected, String plover, List<String> ploverAlt,
                         List<String> sources, JsonNode raw) {
    public record Expected(String source, String target, String code) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    public static List<GoldRecord> read(Path file) {
        List<GoldRecord> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DictionaryException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) continue;
            try {
                out.add(parse(JSON.readTree(line)));
            } catch (IOException | RuntimeException e) {
                throw new DictionaryException(file.toString(), n + 1, "bad gold record: " + e.getMessage());
            }
        }
        return out;
    }

    static GoldRecord parse(JsonNode n) {
        String id = n.path("id").asText();
        String d = n.path("date").asText("2000-01-01");
        LocalDate date = d.length() == 8 && d.chars().allMatch(Character::isDigit)
                ? LocalDate.parse(d, DateTimeFormatter.BASIC_ISO_DATE) : LocalDate.parse(d.substring(0, Math.min(10, d.length())));
        if (!n.hasNonNull("text")) throw new IllegalArgumentException("missing \"text\"");
        List<Expected> exp = new ArrayList<>();
        for (JsonNode e : n.path("expected")) {
            exp.add(new Expected(clean(e.path("source").asText("")), clean(e.path("target").asText("")), e.path("code").asText("")));
        }
        List<String> sources = new ArrayList<>();
        for (JsonNode s : n.path("sources")) sources.add(s.asText());
        List<String> alt = new ArrayList<>();
        for (JsonNode a : n.path("plover_alt")) alt.add(a.asText().toUpperCase(java.util.Locale.ROOT));
        String plover = n.path("plover").isNull() ? "" : n.path("plover").asText("").toUpperCase(java.util.Locale.ROOT);
        return new GoldRecord(id, date, n.get("text").asText(), exp, plover, List.copyOf(alt), sources, n);
    }

    /** The record as an article to code (source "gold"). */
    public org.herald.model.Article article() {
        return new org.herald.model.Article(id, date, "gold", "", text);
    }

    /** A PLOVER record whose gold type is null: a story with no political event (an accident, a disaster, crime). */
    public boolean noEvent() { return plover.isEmpty() && expected.isEmpty(); }

    /** The PLOVER types accepted for this record: the gold type and its alternatives. */
    public java.util.Set<String> acceptedTypes() {
        java.util.Set<String> s = new java.util.LinkedHashSet<>();
        if (!plover.isEmpty()) s.add(plover);
        s.addAll(ploverAlt);
        return s;
    }

    private static String clean(String code) {
        return code.equals("---") ? "" : code;
    }
}
