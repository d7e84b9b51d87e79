package org.herald.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.dict.DictionaryException;

/**
 * A PETRARCH agent dictionary: {@code PHRASE {plurals} [~CODE]} (code appended to the actor) or {@code [CODE~]}
 * (code put before it), {@code !MACRO! = A, B} substitution sets, and regular plurals made automatically unless
 * {@code {}} is given.
 */
public final class PetrarchAgents {
    /** One agent phrase with its role code; {@code prefix} for "CODE~" agents. */
    public record Agent(String phrase, String code, boolean prefix, String file, int line) {}

    private static final Pattern LINE = Pattern.compile("^(.+?)\\s*(\\{[^}]*\\})?\\s*\\[([^\\]]+)[\\]}]\\s*$");

    private PetrarchAgents() {}

    public static List<Agent> read(Path file) {
        return read(file, null);
    }

    /** With a {@code problems} list, a malformed line is reported there (file:line) and skipped. */
    public static List<Agent> read(Path file, List<String> problems) {
        Map<String, List<String>> macros = new HashMap<>();
        List<Agent> out = new ArrayList<>();
        for (DictLines.Line l : DictLines.read(file)) {
            String t = l.text();
            if (t.startsWith("!") && t.contains("=")) {
                String name = t.substring(0, t.indexOf('=')).strip();
                List<String> items = new ArrayList<>();
                for (String s : t.substring(t.indexOf('=') + 1).split(",")) if (!s.isBlank()) items.add(s.strip());
                macros.put(name, items);
                continue;
            }
            Matcher m = LINE.matcher(t);
            if (!m.matches()) {
                DictionaryException e = new DictionaryException(file.toString(), l.number(), "expected 'PHRASE {plurals} [~CODE]', got: " + t);
                if (problems == null) throw e;
                problems.add(e.getMessage() + " (line skipped)");
                continue;
            }
            String code = m.group(3).strip();
            boolean prefix = code.endsWith("~");
            if (!code.startsWith("~") && !prefix) {
                DictionaryException e = new DictionaryException(file.toString(), l.number(), "agent code must be '~CODE' or 'CODE~': [" + code + "]");
                if (problems == null) throw e;
                problems.add(e.getMessage() + " (line skipped)");
                continue;
            }
            code = code.replace("~", "");
            List<String> phrases = expand(m.group(1).strip(), macros, file, l.number());
            boolean explicitPlurals = m.group(2) != null;
            boolean substituted = m.group(1).contains("!"); // substitution sets give their forms as they are
            for (String p : phrases) {
                out.add(new Agent(p, code, prefix, file.toString(), l.number()));
                if (!explicitPlurals && !substituted) {
                    String plural = plural(p);
                    if (!plural.equals(p)) out.add(new Agent(plural, code, prefix, file.toString(), l.number()));
                }
            }
            if (explicitPlurals) {
                String inner = m.group(2).substring(1, m.group(2).length() - 1).strip();
                for (String p : inner.split("\\s+")) if (!p.isEmpty()) out.add(new Agent(p, code, prefix, file.toString(), l.number()));
            }
        }
        return out;
    }

    private static List<String> expand(String phrase, Map<String, List<String>> macros, Path file, int line) {
        int a = phrase.indexOf('!');
        if (a < 0) return List.of(phrase);
        int b = phrase.indexOf('!', a + 1);
        if (b < 0) throw new DictionaryException(file.toString(), line, "unclosed !MACRO! in " + phrase);
        String name = phrase.substring(a, b + 1);
        List<String> items = macros.get(name);
        if (items == null) throw new DictionaryException(file.toString(), line, "undefined substitution set " + name);
        List<String> out = new ArrayList<>();
        for (String item : items) out.addAll(expand(phrase.substring(0, a) + item + phrase.substring(b + 1), macros, file, line));
        return out;
    }

    /** Regular English plural of the last word, the way PETRARCH forms it. */
    static String plural(String phrase) {
        String p = phrase.endsWith("_") ? phrase.substring(0, phrase.length() - 1) : phrase;
        String suffix = phrase.endsWith("_") ? "_" : "";
        if (p.endsWith("Y") && !p.matches(".*[AEIOU]Y")) return p.substring(0, p.length() - 1) + "IES" + suffix;
        if (p.endsWith("SS") || p.endsWith("CH") || p.endsWith("SH") || p.endsWith("X")) return p + "ES" + suffix;
        if (p.endsWith("S")) return phrase;
        return p + "S" + suffix;
    }
}
