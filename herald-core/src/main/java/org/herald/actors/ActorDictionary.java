package org.herald.actors;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.herald.dict.DictionaryException;
import org.herald.dict.TsvTable;
import org.herald.nlp.ParsedSentence;
import org.herald.nlp.Token;

/**
 * Herald's actor dictionary: countries (names, demonyms, capitals, seats of government), IGOs, leaders with
 * dated stints, named non-state groups, and role words, all read from TSV data files. Finds phrases in parsed sentences.
 */
public final class ActorDictionary {
    public static final String DIR = "herald/dictionaries/";
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z.]*[A-Z]\\.?");
    private static final Pattern PHRASE_TOKENS = Pattern.compile("'s\\b|,|[^\\s,]+?(?='s\\b)|[^\\s,]+");
    private static volatile ActorDictionary standard;

    /** Lowercase phrase -> entries; acronyms ("US", "WHO") live in {@link #exact} so "us"/"who" do not match. */
    private final Map<String, List<DictionaryEntry>> phrases = new HashMap<>();
    private final Map<String, List<DictionaryEntry>> exact = new HashMap<>();
    private static final int MIN_STEM = 4;
    /** Phrases whose last word is a stem: matched by prefix. */
    private final Map<String, List<DictionaryEntry>> stems = new HashMap<>();
    private final Set<String> countryCodes = new java.util.HashSet<>();
    private int maxLength = 1;

    private ActorDictionary() {}

    /** The dictionaries shipped with Herald. */
    public static ActorDictionary standard() {
        if (standard == null) {
            synchronized (ActorDictionary.class) {
                if (standard == null) standard = load((name, columns) -> Optional.of(TsvTable.resource(DIR + name, columns)));
            }
        }
        return standard;
    }

    /** Builds a dictionary from files in a directory that has any of the four standard file names. */
    public static ActorDictionary fromDirectory(Path dir) {
        return load((name, columns) -> dir.resolve(name).toFile().exists()
                ? Optional.of(TsvTable.file(dir.resolve(name), columns)) : Optional.empty());
    }

    /** The four files by name and required columns, from wherever {@code tables} finds them (absent ones are skipped). */
    private static ActorDictionary load(java.util.function.BiFunction<String, String[], Optional<TsvTable>> tables) {
        ActorDictionary d = new ActorDictionary();
        tables.apply("countries.tsv", new String[] {"code", "names", "adjectives", "capitals", "seats"}).ifPresent(d::loadCountries);
        tables.apply("igos.tsv", new String[] {"code", "names"}).ifPresent(d::loadIgos);
        tables.apply("agents.tsv", new String[] {"code", "kind", "words"}).ifPresent(d::loadAgents);
        tables.apply("leaders.tsv", new String[] {"name", "aliases", "code", "from", "to", "role"}).ifPresent(d::loadLeaders);
        tables.apply("groups.tsv", new String[] {"name", "aliases", "code", "country", "type", "from", "to"}).ifPresent(d::loadGroups);
        return d;
    }

    void loadCountries(TsvTable t) {
        for (TsvTable.Row r : t.rows()) {
            String code = r.get("code");
            if (!code.matches("[A-Z]{3}")) throw r.error("country code must be three capital letters: '" + code + "'");
            if (!countryCodes.add(code)) throw r.error("duplicate country " + code);
            ActorCode country = new ActorCode(code, "");
            String src = r.file() + ":" + r.line();
            List<String> names = new ArrayList<>(r.list("names"));
            // The JDK's ISO 3166 table adds the standard English short name when the file lacks it.
            isoName(code).filter(n -> names.stream().noneMatch(n::equalsIgnoreCase)).ifPresent(names::add);
            for (String n : names) add(n, DictionaryEntry.of(EntryKind.COUNTRY, country, false, src), r);
            for (String n : r.list("adjectives")) add(n, DictionaryEntry.of(EntryKind.ADJECTIVE, country, false, src), r);
            for (String n : r.list("capitals")) add(n, DictionaryEntry.of(EntryKind.CAPITAL, country.withRole("GOV"), false, src), r);
            for (String n : r.list("seats")) add(n, DictionaryEntry.of(EntryKind.SEAT, country.withRole("GOV"), false, src), r);
        }
    }

    /** ISO 3166 alpha-3 -> English short name, from the JDK's table (built once). */
    private static final Map<String, String> ISO_NAMES = isoNames();

    private static Map<String, String> isoNames() {
        Map<String, String> m = new HashMap<>();
        for (String a2 : Locale.getISOCountries()) {
            Locale l = new Locale("", a2);
            try {
                m.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
            } catch (java.util.MissingResourceException e) {
                // no alpha-3 for this entry
            }
        }
        return Map.copyOf(m);
    }

    private static Optional<String> isoName(String iso3) {
        return Optional.ofNullable(ISO_NAMES.get(iso3));
    }

    void loadIgos(TsvTable t) {
        for (TsvTable.Row r : t.rows()) {
            String code = r.get("code");
            if (!code.matches("[A-Z]{3,12}")) throw r.error("bad organisation code '" + code + "'");
            for (String n : r.list("names")) {
                add(n, DictionaryEntry.of(EntryKind.IGO, new ActorCode(code, ""), false, r.file() + ":" + r.line()), r);
            }
        }
    }

    void loadAgents(TsvTable t) {
        for (TsvTable.Row r : t.rows()) {
            String code = r.get("code");
            String kind = r.get("kind");
            if (!kind.equals("person") && !kind.equals("group")) throw r.error("kind must be person or group, not '" + kind + "'");
            EntryKind ek = code.equals("-") ? EntryKind.RELATIONAL : EntryKind.AGENT;
            if (ek == EntryKind.AGENT && !code.matches("[A-Z]{3}")) throw r.error("agent code must be three capital letters: '" + code + "'");
            ActorCode ac = ek == EntryKind.AGENT ? new ActorCode("", code) : ActorCode.NONE;
            for (String w : r.list("words")) add(w, DictionaryEntry.of(ek, ac, kind.equals("person"), r.file() + ":" + r.line()), r);
        }
    }

    void loadLeaders(TsvTable t) {
        loadStints(t, true, "role");
    }

    /**
     * Named non-state actors (armed groups, parties, NGOs, media, companies): like leaders, a name with aliases whose
     * code may change with the date (the Taliban are AFGINS, then AFGGOV), but not persons ("he" is never one).
     */
    void loadGroups(TsvTable t) {
        for (TsvTable.Row r : t.rows()) {
            String code = r.get("code"), country = r.get("country"), type = r.get("type");
            if (!code.matches("[A-Z]{3,12}")) throw r.error("bad group code '" + code + "'");
            if (!country.isEmpty() && !code.startsWith(country)) throw r.error("code " + code + " does not start with its country " + country);
            if (!AgentRoles.isRole(type)) throw r.error("type '" + type + "' is not a CAMEO role code (herald/codes/roles.tsv)");
        }
        loadStints(t, false, "type");
    }

    /** Rows of name, aliases, code, from, to: one dated stint each; every form of a name gets all of that name's stints. */
    private void loadStints(TsvTable t, boolean person, String roleColumn) {
        Map<String, List<Leader>> stints = new HashMap<>();
        Map<String, TsvTable.Row> firstRow = new HashMap<>();
        for (TsvTable.Row r : t.rows()) {
            String name = r.get("name");
            if (name.isEmpty()) throw r.error("empty name");
            ActorCode code = ActorCode.parse(r.get("code"));
            if (code.isEmpty()) throw r.error("empty code");
            LocalDate from = date(r, "from").orElseGet(() -> {
                if (person) throw r.error("'from' date is required");
                return LocalDate.MIN;
            });
            LocalDate to = date(r, "to").orElse(null);
            if (to != null && to.isBefore(from)) throw r.error("'to' " + to + " is before 'from' " + from);
            Leader stint = new Leader(name, code, from, to, r.get(roleColumn));
            List<String> forms = new ArrayList<>();
            forms.add(name);
            forms.addAll(r.list("aliases"));
            for (String f : forms) {
                stints.computeIfAbsent(key(f), k -> new ArrayList<>()).add(stint);
                firstRow.putIfAbsent(key(f), r);
            }
        }
        for (Map.Entry<String, List<Leader>> e : stints.entrySet()) {
            TsvTable.Row r = firstRow.get(e.getKey());
            add(e.getKey(), new DictionaryEntry(EntryKind.LEADER, e.getValue().get(0).code(), person, e.getValue(), r.file() + ":" + r.line()), r);
        }
    }

    private static Optional<LocalDate> date(TsvTable.Row r, String col) {
        String v = r.get(col);
        if (v.isEmpty()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            throw r.error("bad " + col + " date '" + v + "' (want YYYY-MM-DD)");
        }
    }

    private void add(String phrase, DictionaryEntry entry, TsvTable.Row row) {
        List<String> toks = tokens(phrase);
        if (toks.isEmpty()) throw row.error("empty phrase");
        maxLength = Math.max(maxLength, toks.size());
        boolean acronym = toks.size() == 1 && ACRONYM.matcher(phrase).matches();
        String k = acronym ? String.join(" ", toks) : String.join(" ", toks).toLowerCase(Locale.ROOT);
        (acronym ? exact : phrases).computeIfAbsent(k, x -> new ArrayList<>()).add(entry);
    }

    private static String key(String phrase) {
        return String.join(" ", tokens(phrase));
    }

    /** Splits a dictionary phrase the way CoreNLP splits text: "Russia's" -> Russia 's; "Washington, D.C." -> 3 tokens. */
    static List<String> tokens(String phrase) {
        List<String> out = new ArrayList<>();
        var m = PHRASE_TOKENS.matcher(phrase.strip());
        while (m.find()) out.add(m.group());
        return out;
    }

    /** A copy of this dictionary to extend with more phrases (e.g. from PETRARCH files). */
    public ActorDictionary copy() {
        ActorDictionary d = new ActorDictionary();
        phrases.forEach((k, v) -> d.phrases.put(k, new ArrayList<>(v)));
        exact.forEach((k, v) -> d.exact.put(k, new ArrayList<>(v)));
        stems.forEach((k, v) -> d.stems.put(k, new ArrayList<>(v)));
        d.countryCodes.addAll(countryCodes);
        d.maxLength = maxLength;
        return d;
    }

    /** An empty dictionary (for coding with someone else's dictionaries only). */
    public static ActorDictionary empty() { return new ActorDictionary(); }

    /**
     * Adds an actor phrase whose code depends on the date (undated stints apply when no dated one does). A
     * {@code stem} phrase's last word matches any word it begins ("ARGENTIN" -> Argentina, Argentine).
     */
    public void addActor(String phrase, List<Leader> stints, ActorCode fallback, boolean stem, String source) {
        List<String> toks = tokens(phrase);
        if (toks.isEmpty()) throw new IllegalArgumentException(source + ": empty phrase");
        String base = fallback.isEmpty() ? "" : fallback.base();
        if (base.length() == 3 && !base.startsWith("IGO") && !base.startsWith("NGO")) countryCodes.add(base);
        List<Leader> all = new ArrayList<>(stints);
        if (!fallback.isEmpty()) all.add(new Leader(phrase, fallback, LocalDate.MIN, null, "default"));
        DictionaryEntry e = new DictionaryEntry(EntryKind.LEADER, fallback, false, all, source);
        put(toks, e, stem);
    }

    /** Adds a role word ("~GOV" agents, or "NGO~" ones that go before the actor code); {@code person} if it names a person. */
    public void addAgent(String phrase, String role, boolean prefix, boolean person, String source) {
        List<String> toks = tokens(phrase);
        if (toks.isEmpty()) throw new IllegalArgumentException(source + ": empty phrase");
        put(toks, DictionaryEntry.of(prefix ? EntryKind.PREFIX_AGENT : EntryKind.AGENT, new ActorCode("", role), person, source), false);
    }

    private void put(List<String> toks, DictionaryEntry e, boolean stem) {
        maxLength = Math.max(maxLength, toks.size());
        String k = String.join(" ", toks).toLowerCase(Locale.ROOT);
        (stem ? stems : phrases).computeIfAbsent(k, x -> new ArrayList<>()).add(e);
    }

    public boolean isCountry(String code) { return countryCodes.contains(code); }

    /** Entries for a single word or phrase, e.g. the "government" of "anti-government". */
    public List<DictionaryEntry> lookup(String phrase) {
        List<DictionaryEntry> e = exact.get(String.join(" ", tokens(phrase)));
        if (e != null) return e;
        return phrases.getOrDefault(String.join(" ", tokens(phrase)).toLowerCase(Locale.ROOT), List.of());
    }

    /** Longest-first, left-to-right phrase matches in a sentence; the last word may also match by lemma. */
    public List<PhraseMatch> match(ParsedSentence s) {
        List<PhraseMatch> out = new ArrayList<>();
        List<Token> toks = s.tokens();
        int i = 0;
        while (i < toks.size()) {
            PhraseMatch found = null;
            for (int len = Math.min(maxLength, toks.size() - i); len >= 1 && found == null; len--) {
                List<DictionaryEntry> e = lookupSpan(toks, i, len);
                if (!e.isEmpty()) found = new PhraseMatch(i + 1, i + len, e);
            }
            if (found != null) {
                out.add(found);
                i = found.to();
            } else {
                i++;
            }
        }
        return out;
    }

    private List<DictionaryEntry> lookupSpan(List<Token> toks, int start, int len) {
        StringBuilder words = new StringBuilder();
        StringBuilder lemmas = new StringBuilder();
        for (int k = start; k < start + len; k++) {
            if (k > start) {
                words.append(' ');
                lemmas.append(' ');
            }
            Token t = toks.get(k);
            words.append(t.word());
            lemmas.append(k == start + len - 1 && t.isNoun() ? t.lemma() : t.word());
        }
        if (len == 1) {
            List<DictionaryEntry> e = exact.get(words.toString());
            if (e != null) return e;
        }
        List<DictionaryEntry> e = phrases.get(words.toString().toLowerCase(Locale.ROOT));
        if (e == null) e = phrases.get(lemmas.toString().toLowerCase(Locale.ROOT));
        if (e == null && !stems.isEmpty()) e = stemMatch(words.toString().toLowerCase(Locale.ROOT));
        return e == null ? List.of() : e;
    }

    private List<DictionaryEntry> stemMatch(String words) {
        int space = words.lastIndexOf(' ');
        String head = space < 0 ? "" : words.substring(0, space + 1);
        String last = words.substring(space + 1);
        // The whole word always; shorter prefixes down to four letters ("ARGENTIN" -> "Argentine"). A stem of
        // three letters or fewer is an acronym in practice and matches only itself: "PLA" is not "plant", "IRA" not "Iraqi".
        for (int len = last.length(); len >= Math.min(MIN_STEM, last.length()); len--) {
            List<DictionaryEntry> e = stems.get(head + last.substring(0, len));
            if (e != null) return e;
        }
        return null;
    }

    public int size() { return phrases.size() + exact.size(); }
}
