package org.herald.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.herald.codes.CameoCodebook;
import org.herald.dict.TsvTable;

/**
 * The generator's hand-written input: seeds.tsv ({@code code pos forms wordnet expand note}), stoplist.tsv
 * ({@code form pos reason}) and options.tsv ({@code code options reason}, by longest code prefix). Every bad
 * line is an error naming file:line.
 */
public record Seeds(List<Seed> seeds, Map<String, String> stopped, Map<String, String> optionsByCode) {
    public static final String SEEDS = "seeds.tsv", STOPLIST = "stoplist.tsv", OPTIONS = "options.tsv";

    public static Seeds load(Path dir, CameoCodebook codes) {
        List<Seed> seeds = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.file(dir.resolve(SEEDS), "code", "pos", "forms", "wordnet", "expand", "note").rows()) {
            seeds.add(seed(r, codes));
        }
        Map<String, String> stopped = new LinkedHashMap<>();
        for (TsvTable.Row r : TsvTable.file(dir.resolve(STOPLIST), "form", "pos", "reason").rows()) {
            String form = normal(r.get("form"));
            if (form.isEmpty()) throw r.error("stop-list line has no form");
            if (r.get("reason").isEmpty()) throw r.error("stop-list entry '" + form + "' gives no reason");
            if (stopped.put(key(pos(r), form), r.get("reason")) != null) throw r.error("'" + form + "' is stop-listed twice");
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (TsvTable.Row r : TsvTable.file(dir.resolve(OPTIONS), "code", "options", "reason").rows()) {
            if (!codes.contains(r.get("code"))) throw r.error("unknown CAMEO code '" + r.get("code") + "'");
            options.put(r.get("code"), r.get("options"));
        }
        return new Seeds(List.copyOf(seeds), stopped, options);
    }

    static Seed seed(TsvTable.Row r, CameoCodebook codes) {
        String code = r.get("code");
        if (!codes.contains(code)) throw r.error("unknown CAMEO code '" + code + "'");
        Seed.Pos pos = pos(r);
        List<String> forms = r.list("forms").stream().map(Seeds::normal).toList();
        List<String> keys = r.list("wordnet");
        for (String k : keys) {
            if (!k.matches("[^%\\s]+%[1-5]:\\d\\d:\\d\\d:[^:]*:\\d*")) throw r.error("'" + k + "' is not a WordNet sense key (like kill%2:35:00::)");
            char p = k.charAt(k.indexOf('%') + 1);
            if ((pos == Seed.Pos.VERB) != (p == '2')) throw r.error("sense key '" + k + "' is not a " + pos.word());
        }
        if (forms.isEmpty() && keys.isEmpty()) throw r.error("seed for " + code + " has neither forms nor WordNet senses");
        boolean syn = false, deriv = false;
        int depth = 0;
        for (String e : r.get("expand").split("[,|\\s]+")) {
            if (e.isEmpty()) continue;
            if (e.equals("syn")) syn = true;
            else if (e.equals("deriv")) deriv = true;
            else if (e.matches("tropo:[1-9]")) depth = Integer.parseInt(e.substring(6));
            else throw r.error("unknown expansion '" + e + "' (known: syn, tropo:N, deriv)");
        }
        if (deriv && pos != Seed.Pos.VERB) throw r.error("deriv expands verbs to nouns; this seed is a noun");
        if ((syn || deriv || depth > 0) && keys.isEmpty()) throw r.error("expansion '" + r.get("expand") + "' needs WordNet senses");
        return new Seed(code, pos, forms, keys, syn, depth, deriv, r.file(), r.line());
    }

    private static Seed.Pos pos(TsvTable.Row r) {
        return switch (r.get("pos")) {
            case "verb" -> Seed.Pos.VERB;
            case "noun" -> Seed.Pos.NOUN;
            default -> throw r.error("pos must be verb or noun, not '" + r.get("pos") + "'");
        };
    }

    /** Lowercase, WordNet's underscores as spaces, single spaces. */
    static String normal(String form) {
        return form.toLowerCase(Locale.ROOT).replace('_', ' ').strip().replaceAll("\\s+", " ");
    }

    static String key(Seed.Pos pos, String form) { return pos.letter() + " " + form; }

    public boolean isStopped(Seed.Pos pos, String form) { return stopped.containsKey(key(pos, form)); }

    /** The options of the longest listed prefix of {@code code} ("" when none). */
    public String options(String code) {
        for (int n = code.length(); n >= 2; n--) {
            String o = optionsByCode.get(code.substring(0, n));
            if (o != null) return o;
        }
        return "";
    }
}
