package org.herald.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.dict.DictionaryException;
import org.herald.dict.TsvTable;
import org.herald.events.Constraint;
import org.herald.events.Pattern;
import org.herald.events.RoleMarker;

/**
 * Reads a PETRARCH verb dictionary (synsets {@code &NAME} with '+' members, verb blocks {@code --- NAME [code] ---},
 * verb lines with {@code {forms}} and {@code [code]}, multi-word verbs with '+', pattern lines
 * {@code - pre * post [code]}) into Herald patterns over the dependency tree: words after the verb become
 * "somewhere below the verb" constraints on their heads, words before it "shortly before the verb"
 * constraints. Transformations ({@code ~} lines) are reported as unsupported, never silently dropped.
 */
public final class PetrarchVerbs {
    /** The patterns read, and the constructs Herald does not take over (file:line: what). */
    public record Result(List<Pattern> patterns, List<String> unsupported) {}

    /** Pattern words that are prepositions, never the head of the phrase a pattern wants ("POPULATION ABOUT"). */
    private static final Set<String> PREPOSITIONS = Set.of("about", "with", "from", "to", "for", "against", "on", "in", "at", "of",
            "by", "over", "into", "toward", "towards", "between", "among", "after", "before", "under", "through");

    /** CAMEO codes and their lettered test variants ("174K"); anything else ("+++", "xxy") is not a code. */
    private static final java.util.regex.Pattern EVENT_CODE = java.util.regex.Pattern.compile("[0-9]{2,4}[A-Za-z]?");

    private PetrarchVerbs() {}

    public static Result read(Path file) {
        String name = file.toString();
        Map<String, List<String>> synsets = new HashMap<>();
        List<Pattern> out = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        String currentSynset = null;
        String blockCode = null;
        String blockReverse = "";
        Set<String> blockVerbs = new LinkedHashSet<>();
        int n = 0;
        for (DictLines.Line l : DictLines.read(file)) {
            String t = l.text();
            if (t.startsWith("&")) {
                currentSynset = t.split("\\s+")[0].replaceAll("_$", "");
                synsets.put(currentSynset, new ArrayList<>());
                continue;
            }
            if (t.startsWith("+") && currentSynset != null) {
                String member = t.substring(1).strip();
                if (member.startsWith("&")) {
                    List<String> inner = synsets.get(member.replaceAll("_$", ""));
                    if (inner == null) throw new DictionaryException(name, l.number(), "synset " + member + " used before it is defined");
                    synsets.get(currentSynset).addAll(inner);
                } else {
                    synsets.get(currentSynset).add(member);
                }
                continue;
            }
            currentSynset = null;
            if (t.startsWith("---")) {
                String inner = t.replaceAll("^-+|-+$", "").strip();
                blockCode = code(inner, name, l.number());
                blockReverse = reverse(inner);
                blockVerbs = new LinkedHashSet<>();
                continue;
            }
            if (t.startsWith("~")) {
                unsupported.add(name + ":" + l.number() + ": transformation '" + t + "' (Herald combines verbs with combinations.tsv)");
                continue;
            }
            if (t.startsWith("-")) {
                // A bad pattern line is reported and skipped: one typo must not lose a 14,000-line dictionary.
                if (blockVerbs.isEmpty()) {
                    unsupported.add(name + ":" + l.number() + ": pattern before any verb (line skipped): " + t);
                    continue;
                }
                int br = t.lastIndexOf('[');
                if (br < 0 || t.indexOf(']', br) < 0) {
                    unsupported.add(name + ":" + l.number() + ": pattern has no [code] (line skipped): " + t);
                    continue;
                }
                String c = code(t.substring(br), name, l.number());
                String rev = reverse(t.substring(br));
                if (c != null && !EVENT_CODE.matcher(c).matches()) {
                    unsupported.add(name + ":" + l.number() + ": '" + c + "' is not an event code (pattern skipped): " + t);
                    continue;
                }
                Parsed parsed;
                try {
                    parsed = constraints(t.substring(1, br), synsets, name, l.number());
                } catch (IllegalArgumentException e) {
                    unsupported.add(name + ":" + l.number() + ": " + e.getMessage());
                    continue;
                }
                // A block's patterns hold for each of its verbs: BREAK and BREAK_DOWN are two verbs with one lemma.
                for (String v : blockVerbs) {
                    List<Constraint> all = new ArrayList<>(parsed.constraints());
                    String[] lemmaPrt = v.split(" ");
                    if (lemmaPrt.length > 1) all.add(constraint("prt", lemmaPrt[1], name, l.number()));
                    out.add(new Pattern("petr." + (++n), c == null ? "---" : c, Set.of(lemmaPrt[0]), List.copyOf(all), true, true, List.of(), name, l.number(), rev,
                            parsed.markers()));
                }
                continue;
            }
            // A verb line: VERB, VERB {FORMS}, VERB [code], +MULTI_WORD, PRE_+VERB.
            String v = t.replaceAll("\\{[^}]*\\}", " ").strip();
            String c = blockCode;
            String rev = blockReverse;
            int br = v.indexOf('[');
            if (br >= 0) {
                c = code(v.substring(br), name, l.number());
                rev = reverse(v.substring(br));
                v = v.substring(0, br).strip();
            }
            if (c != null && !EVENT_CODE.matcher(c).matches()) {
                // TABARI's "[+++]" (a complex event) or a typo: the verb is known, but codes nothing by itself.
                unsupported.add(name + ":" + l.number() + ": '" + c + "' is not an event code (the verb alone codes nothing): " + t);
                c = null;
            }
            if (v.startsWith("+") && !v.substring(1).contains("_")) v = v.substring(1);
            List<String> words = DictLines.words(v);
            if (words.isEmpty()) throw new DictionaryException(name, l.number(), "verb line has no verb: " + t);
            String verb = words.get(0);
            String prt = null;
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).startsWith("+")) {
                    verb = words.get(i).substring(1);
                    if (i + 1 < words.size()) prt = words.get(i + 1);
                }
            }
            String lemma = verb.toLowerCase(Locale.ROOT);
            blockVerbs.add(prt == null ? lemma : lemma + " " + prt.toLowerCase(Locale.ROOT));
            List<Constraint> own = new ArrayList<>();
            if (prt != null) own.add(constraint("prt", prt.toLowerCase(Locale.ROOT), name, l.number()));
            out.add(new Pattern("petr." + (++n), c == null ? "---" : c, Set.of(lemma), List.copyOf(own), true, true, List.of(), name, l.number(), rev));
        }
        return new Result(out, unsupported);
    }

    /** The second code of "[032:033]" (the event from the target's side), or "". */
    static String reverse(String bracket) {
        int a = bracket.indexOf('['), b = bracket.indexOf(']', a + 1);
        if (a < 0 || b < 0) return "";
        String c = bracket.substring(a + 1, b).strip();
        int colon = c.indexOf(':');
        if (colon < 0) return "";
        String r = c.substring(colon + 1).strip();
        return r.equals("---") ? "" : r;
    }

    /** "[111]" -> "111", "[030:030]" -> "030", "[---]" -> null (no event). */
    static String code(String bracket, String file, int line) {
        int a = bracket.indexOf('['), b = bracket.indexOf(']', a + 1);
        if (a < 0) return null;
        if (b < 0) throw new DictionaryException(file, line, "unclosed [code]: " + bracket);
        String c = bracket.substring(a + 1, b).strip();
        if (c.contains(":")) c = c.substring(0, c.indexOf(':'));
        return c.isEmpty() || c.equals("---") ? null : c;
    }

    /** A pattern line's constraints, and where its $ / + markers put the source and target. */
    record Parsed(List<Constraint> constraints, List<RoleMarker> markers) {}

    static Parsed constraints(String pattern, Map<String, List<String>> synsets, String file, int line) {
        return new LineParser(synsets, file, line).parse(pattern);
    }

    /** Reads one pattern line left to right: words become constraints, markers are tied to the word beside them. */
    private static final class LineParser {
        final Map<String, List<String>> synsets;
        final String file;
        final int line;
        final List<Constraint> out = new ArrayList<>();
        final List<RoleMarker> markers = new ArrayList<>();
        /** Markers before the verb wait for the word to their right; after it they take the word to their left. */
        final List<Boolean> waiting = new ArrayList<>();
        final List<String> braced = new ArrayList<>();
        int skips;
        int lastAfterVerb = -1;
        boolean afterVerb;
        boolean inBraces;

        LineParser(Map<String, List<String>> synsets, String file, int line) {
            this.synsets = synsets;
            this.file = file;
            this.line = line;
        }

        Parsed parse(String pattern) {
            String p = pattern.replace("*", " * ").replace("(", " ( ").replace(")", " ) ").replace("{", " { ").replace("}", " } ");
            String[] toks = p.strip().split("\\s+");
            for (int i = 0; i < toks.length; i++) {
                String tok = toks[i];
                if (tok.isEmpty() || tok.equals("(") || tok.equals(")")) continue;
                // "RECENTLY_*", "WAS_ *": a word joined to the verb stands right before it.
                boolean joined = !afterVerb && tok.endsWith("_") && i + 1 < toks.length && toks[i + 1].equals("*");
                if (joined && tok.matches("[A-Za-z'\\-]+_")) {
                    add(constraint("prev", String.join("|", forms(tok.substring(0, tok.length() - 1))), file, line));
                    continue;
                }
                if (tok.equals("*")) {
                    anchorWaiting(-1);
                    afterVerb = true;
                    skips = 0;
                    continue;
                }
                if (tok.equals("{")) { inBraces = true; braced.clear(); continue; }
                if (tok.equals("}")) {
                    inBraces = false;
                    if (!braced.isEmpty()) add(relation(afterVerb, braced.get(braced.size() - 1), synsets, file, line));
                    continue;
                }
                if (tok.equals("%")) {
                    // PETRARCH's compound marker: the subject (before the verb) or object (after it) is conjoined.
                    out.add(constraint(afterVerb ? "conjobj" : "conjsubj", "", file, line));
                    continue;
                }
                List<String> parts = new ArrayList<>();
                for (String w : tok.split("_")) {
                    while (!w.isEmpty() && "$+^%".indexOf(w.charAt(0)) >= 0) {
                        char m = w.charAt(0);
                        w = w.substring(1);
                        if (m == '%') continue;
                        // "SUGGESTED_+": the words joined before the marker are a word of their own.
                        words(parts);
                        parts.clear();
                        if (m == '^') skips++;
                        else if (afterVerb) markers.add(new RoleMarker(m == '$', false, lastAfterVerb, skips));
                        else waiting.add(m == '$');
                    }
                    if (!w.isEmpty()) parts.add(w);
                }
                words(parts);
            }
            // After the verb, the last bare word is the head of the phrase the pattern wants ("DIPLOMATIC TIES"):
            // it must be a noun somewhere below the verb, not just any word ("THE FULL" does not match "full ties").
            for (int i = out.size() - 1; i >= 0; i--) {
                Constraint c = out.get(i);
                if (c.relation().equals("desc") && c.lemmas().stream().noneMatch(PREPOSITIONS::contains)) {
                    out.set(i, new Constraint("head", c.prepositions(), c.lemmas()));
                    break;
                }
            }
            return new Parsed(List.copyOf(out), List.copyOf(markers));
        }

        /** The constraints of one pattern token's words. */
        void words(List<String> parts) {
            if (parts.isEmpty()) return;
            if (inBraces) {
                braced.addAll(parts);
            } else if (afterVerb && (parts.size() > 1 || parts.get(0).startsWith("&"))) {
                // Words joined by '_' must be consecutive ("NEW_&TIETYPES_RELATIONS"); so must a synset member's words.
                add(sequence("seq", parts, synsets, file, line));
            } else if (parts.size() > 1 && parts.stream().noneMatch(w -> w.startsWith("&"))) {
                // Before the verb too ("DEATH_TOTAL *"). Joins with a synset stay loose: its members' contractions
                // ("WON'T") are two tokens in the parse.
                add(sequence("seqbefore", parts, synsets, file, line));
            } else {
                for (String w : parts) add(relation(afterVerb, w, synsets, file, line));
            }
        }

        void add(Constraint c) {
            out.add(c);
            if (afterVerb) {
                lastAfterVerb = out.size() - 1;
                skips = 0;
            } else {
                anchorWaiting(out.size() - 1);
            }
        }

        void anchorWaiting(int anchor) {
            for (boolean src : waiting) markers.add(new RoleMarker(src, true, anchor, 0));
            waiting.clear();
        }
    }

    /** The consecutive word sequences a '_'-joined token (with synsets expanded) stands for, as one constraint. */
    private static Constraint sequence(String kind, List<String> parts, Map<String, List<String>> synsets, String file, int line) {
        List<String> phrases = List.of("");
        for (String part : parts) {
            List<String> options = new ArrayList<>();
            if (part.startsWith("&")) {
                List<String> members = synsets.get(part.replaceAll("_$", ""));
                if (members == null) throw new IllegalArgumentException("pattern uses undefined synset " + part);
                for (String m : members) options.add(String.join(" ", DictLines.words(m)).toLowerCase(java.util.Locale.ROOT));
            } else {
                options.add(part.toLowerCase(java.util.Locale.ROOT));
            }
            List<String> next = new ArrayList<>();
            for (String prefix : phrases) for (String o : options) next.add(prefix.isEmpty() ? o : prefix + " " + o);
            phrases = next;
        }
        String spec = kind + ":" + String.join("|", phrases);
        return Constraint.parse(spec, new TsvTable.Row(file, line, List.of("constraint"), new String[] {spec}));
    }

    private static Constraint relation(boolean afterVerb, String word, Map<String, List<String>> synsets, String file, int line) {
        Set<String> forms = new LinkedHashSet<>();
        if (word.startsWith("&")) {
            List<String> members = synsets.get(word.replaceAll("_$", ""));
            if (members == null) throw new IllegalArgumentException("pattern uses undefined synset " + word);
            for (String m : members) {
                List<String> ws = DictLines.words(m);
                if (!ws.isEmpty()) forms.addAll(forms(ws.get(ws.size() - 1)));
            }
        } else {
            forms.addAll(forms(word));
        }
        if (forms.isEmpty()) throw new IllegalArgumentException("pattern word '" + word + "' has no letters");
        return constraint(afterVerb ? "desc" : "before", String.join("|", forms), file, line);
    }

    /** A dictionary word and its likely lemma ("TIES" -> ties, tie). */
    static Set<String> forms(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9'\\-]", "");
        Set<String> out = new LinkedHashSet<>();
        if (w.isEmpty()) return out;
        out.add(w);
        if (w.endsWith("ies") && w.length() > 4) out.add(w.substring(0, w.length() - 3) + "y");
        else if (w.matches(".*(ss|x|z|ch|sh)es") && w.length() > 3) out.add(w.substring(0, w.length() - 2));
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) out.add(w.substring(0, w.length() - 1));
        return out;
    }

    private static Constraint constraint(String rel, String words, String file, int line) {
        String spec = words.isEmpty() ? rel : rel + ":" + words;
        return Constraint.parse(spec, new TsvTable.Row(file, line, List.of("constraint"), new String[] {spec}));
    }
}
