package org.herald.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.dict.DictionaryException;

/**
 * A PETRARCH issues list: {@code phrase [CODE]} lines inside {@code <ISSUE CATEGORY=...>} blocks, with the
 * {@code n:} (noun: singular and plural) and {@code pre+} expansions; {@code ~phrase} lines are exclusions.
 * Finds the issue codes a sentence mentions.
 */
public final class PetrarchIssues {
    public record Issue(String phrase, String code) {}

    private static final Pattern LINE = Pattern.compile("^(.+?)\\s*\\[([^\\]]+)\\]\\s*$");
    private static final Pattern CATEGORY = Pattern.compile("CATEGORY\\s*=\\s*\"([^\"]+)\"");
    private final List<Issue> issues;
    private final List<String> exclusions;

    private PetrarchIssues(List<Issue> issues, List<String> exclusions) {
        this.issues = List.copyOf(issues);
        this.exclusions = List.copyOf(exclusions);
    }

    public static PetrarchIssues none() { return new PetrarchIssues(List.of(), List.of()); }

    public static PetrarchIssues read(Path file) {
        return read(file, null);
    }

    /** With a {@code problems} list, a malformed line is reported there (file:line) and skipped. */
    public static PetrarchIssues read(Path file, List<String> problems) {
        List<Issue> out = new ArrayList<>();
        List<String> excl = new ArrayList<>();
        String category = null;
        for (DictLines.Line l : DictLines.read(file)) {
            String t = l.text();
            if (t.startsWith("<")) {
                // <ISSUE CATEGORY="X" ...> opens a block whose lines without [code] take code X; </ISSUE> closes it.
                Matcher c = CATEGORY.matcher(t);
                category = c.find() ? c.group(1) : null;
                continue;
            }
            if (t.startsWith("~")) {
                excl.add(normal(t.substring(1)));
                continue;
            }
            Matcher m = LINE.matcher(t);
            if (m.matches()) {
                for (String p : expand(m.group(1).strip())) out.add(new Issue(p, m.group(2).strip()));
            } else if (category != null && !t.contains("[")) {
                for (String p : expand(t)) out.add(new Issue(p, category));
            } else {
                DictionaryException e = new DictionaryException(file.toString(), l.number(),
                        "expected 'phrase [CODE]' (or a phrase inside an <ISSUE CATEGORY=...> block), got: " + t);
                if (problems == null) throw e;
                problems.add(e.getMessage() + " (line skipped)");
            }
        }
        return new PetrarchIssues(out, excl);
    }

    static List<String> expand(String phrase) {
        List<List<String>> options = new ArrayList<>();
        for (String w : phrase.split("\\s+")) {
            List<String> forms = new ArrayList<>();
            String word = w.replace("pre+", "pre").replace("+", " ");
            if (word.startsWith("n:")) {
                String base = word.substring(2);
                forms.add(base);
                forms.add(base.endsWith("y") ? base.substring(0, base.length() - 1) + "ies" : base.endsWith("s") ? base + "es" : base + "s");
            } else if (word.startsWith("v:")) {
                String base = word.substring(2);
                forms.add(base);
                forms.add(base + "s");
                forms.add(base + "ed");
                forms.add(base + "ing");
            } else {
                forms.add(word);
            }
            options.add(forms);
        }
        List<String> out = new ArrayList<>();
        out.add("");
        for (List<String> forms : options) {
            List<String> next = new ArrayList<>();
            for (String prefix : out) for (String f : forms) next.add(prefix.isEmpty() ? f : prefix + " " + f);
            out = next;
        }
        return out.stream().map(PetrarchIssues::normal).toList();
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ").strip();
    }

    /** The issue codes the text mentions (whole-word phrase matches, minus exclusions). */
    public Set<String> find(String text) {
        String t = " " + normal(text).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ") + " ";
        for (String e : exclusions) t = t.replace(" " + e + " ", " ");
        Set<String> out = new LinkedHashSet<>();
        for (Issue i : issues) if (t.contains(" " + i.phrase() + " ")) out.add(i.code());
        return out;
    }

    public int size() { return issues.size(); }
}
