package org.herald.petrarch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.dict.DictionaryException;

/**
 * A PETRARCH actor dictionary: a primary phrase with an optional default code, '+' synonyms, and tab-indented
 * date restrictions {@code [CODE <date]}, {@code [CODE >date]}, {@code [CODE date-date]} (YYMMDD or YYYYMMDD).
 */
public final class PetrarchActors {
    /** A code valid from..to (either may be null: open). */
    public record DatedCode(String code, LocalDate from, LocalDate to) {}

    /** One actor: its phrases (each with whether it must match exactly) and codes; the undated code is the default. */
    public record Actor(List<String> phrases, List<Boolean> exact, List<DatedCode> codes, String file, int line) {}

    private static final Pattern CODE = Pattern.compile("\\[([^\\]\\s]+)(?:\\s+([^\\]]+))?\\]");

    private PetrarchActors() {}

    public static List<Actor> read(Path file) {
        return read(file, null);
    }

    /**
     * Reads the file; with a {@code problems} list, a bad date restriction is reported there (file:line) and
     * skipped instead of failing the whole dictionary: real dictionaries have typos like "9008223".
     */
    public static List<Actor> read(Path file, List<String> problems) {
        List<Actor> out = new ArrayList<>();
        List<String> phrases = null;
        List<Boolean> exact = null;
        List<DatedCode> codes = null;
        int start = 0;
        for (DictLines.Line l : DictLines.read(file)) {
            String t = l.text();
            if (t.startsWith("[")) {
                if (codes == null) throw new DictionaryException(file.toString(), l.number(), "date restriction before any actor: " + t);
                try {
                    codes.add(code(file, l.number(), t));
                } catch (DictionaryException e) {
                    if (problems == null) throw e;
                    problems.add(e.getMessage() + " (restriction skipped)");
                }
                continue;
            }
            if (t.startsWith("+")) {
                if (phrases == null) throw new DictionaryException(file.toString(), l.number(), "synonym before any actor: " + t);
                String p = t.substring(1).strip();
                int br = p.indexOf('[');
                if (br >= 0) {
                    codes.add(code(file, l.number(), p.substring(br)));
                    p = p.substring(0, br).strip();
                }
                if (p.isEmpty()) throw new DictionaryException(file.toString(), l.number(), "synonym line has no phrase: " + t);
                phrases.add(p);
                exact.add(DictLines.exact(p));
                continue;
            }
            if (phrases != null) out.add(new Actor(phrases, exact, codes, file.toString(), start));
            phrases = new ArrayList<>();
            exact = new ArrayList<>();
            codes = new ArrayList<>();
            start = l.number();
            int br = t.indexOf('[');
            String p = br >= 0 ? t.substring(0, br).strip() : t;
            if (p.isEmpty()) throw new DictionaryException(file.toString(), l.number(), "actor line has no phrase: " + t);
            phrases.add(p);
            exact.add(DictLines.exact(p));
            if (br >= 0) codes.add(code(file, l.number(), t.substring(br)));
        }
        if (phrases != null) out.add(new Actor(phrases, exact, codes, file.toString(), start));
        return out;
    }

    static DatedCode code(Path file, int line, String text) {
        Matcher m = CODE.matcher(text.strip());
        if (!m.lookingAt()) throw new DictionaryException(file.toString(), line, "expected [CODE] or [CODE dates], got: " + text);
        String code = m.group(1);
        String r = m.group(2) == null ? "" : m.group(2).strip();
        try {
            if (r.isEmpty()) return new DatedCode(code, null, null);
            if (r.startsWith("<")) return new DatedCode(code, null, date(r.substring(1)));
            if (r.startsWith(">")) return new DatedCode(code, date(r.substring(1)), null);
            int dash = r.indexOf('-');
            if (dash > 0) return new DatedCode(code, date(r.substring(0, dash)), date(r.substring(dash + 1)));
        } catch (RuntimeException e) {
            throw new DictionaryException(file.toString(), line, "bad date in '" + text + "': " + e.getMessage());
        }
        throw new DictionaryException(file.toString(), line, "unknown date restriction '" + r + "' (want <date, >date or date-date)");
    }

    /** YYMMDD (years 00-29 are 20xx) or YYYYMMDD. */
    static LocalDate date(String s) {
        s = s.strip();
        if (s.matches("\\d{8}")) return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6)));
        if (s.matches("\\d{6}")) {
            int yy = Integer.parseInt(s.substring(0, 2));
            return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4)));
        }
        throw new IllegalArgumentException("date must be YYMMDD or YYYYMMDD: " + s);
    }
}
