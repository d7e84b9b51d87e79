package org.herald.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.herald.actors.ActorDictionary;
import org.herald.dict.DictionaryException;
import org.herald.events.CoderOptions;
import org.herald.events.EventCoder;
import org.herald.events.PatternDictionary;
import org.herald.model.Article;
import org.herald.model.Event;
import org.herald.nlp.AnnotatedDoc;
import org.herald.nlp.ParsedSentence;
import org.herald.nlp.PennTreeConverter;

/**
 * Runs PETRARCH's coder regression suite: each included record's Penn parse is converted to UD, coded with the
 * suite's own dictionaries (and its config switches, e.g. require_dyad), and its events compared as a set with
 * the expected (source, target, code) triples. Records listed in {@code exclusions} are reported but not scored.
 */
public final class PetrarchSuite {
    /** One record's outcome. */
    public record Outcome(String id, String category, boolean passed, boolean excluded, String expected, String got, String reason,
                          String trace) {
        Outcome(String id, String category, boolean passed, boolean excluded, String expected, String got, String reason) {
            this(id, category, passed, excluded, expected, got, reason, "");
        }
    }

    /** All outcomes, with counts per category. */
    public record Result(List<Outcome> outcomes) {
        public long included() { return outcomes.stream().filter(o -> !o.excluded()).count(); }
        public long passed() { return outcomes.stream().filter(o -> !o.excluded() && o.passed()).count(); }
        public double passRate() { return included() == 0 ? 0 : (double) passed() / included(); }

        /** Failing records with no note in known-failures.tsv, and noted records that no longer fail. */
        public List<String> unnoted(PetrarchNotes notes) {
            List<String> out = new ArrayList<>();
            for (Outcome o : outcomes) {
                if (o.excluded()) continue;
                boolean noted = notes.failures().containsKey(o.id());
                if (!o.passed() && !noted) out.add(o.id() + " fails with no note in " + PetrarchNotes.FAILURES);
                if (o.passed() && noted) out.add(o.id() + " passes but is noted as failing in " + PetrarchNotes.FAILURES);
            }
            return out;
        }

        public Map<String, int[]> byCategory() {
            Map<String, int[]> m = new LinkedHashMap<>();
            for (Outcome o : outcomes) {
                if (o.excluded()) continue;
                int[] c = m.computeIfAbsent(o.category(), k -> new int[2]);
                c[1]++;
                if (o.passed()) c[0]++;
            }
            return m;
        }
    }

    private PetrarchSuite() {}

    /**
     * @param recordsFile PETR.UnitTest.records.xml
     * @param dictionaryDir where the Environment's dictionary files are (default: ../dictionaries beside the file)
     * @param notes records excluded (PETRARCH quirks Herald deliberately does not copy) and known to fail, with reasons
     */
    public static Result run(Path recordsFile, Path dictionaryDir, PetrarchNotes notes) {
        return run(recordsFile, dictionaryDir, notes, java.util.Set.of());
    }

    /**
     * As {@link #run(Path, Path, PetrarchNotes)}; records whose id is in {@code traced} also carry a trace: the sentence,
     * its UD parse as CoNLL-U and each coded event's explanation, for looking into why a record fails.
     */
    public static Result run(Path recordsFile, Path dictionaryDir, PetrarchNotes notes, java.util.Set<String> traced) {
        Map<String, String> exclusions = notes.exclusions();
        PetrarchRecords.Suite suite = PetrarchRecords.read(recordsFile);
        Map<String, String> files = suite.environment().files();
        Path dir = dictionaryDir != null ? dictionaryDir : recordsFile.toAbsolutePath().getParent().resolveSibling("dictionaries");
        PetrarchDictionaries dicts = PetrarchDictionaries.files(
                list(dir, files.get("Verbfile")), list(dir, files.get("Actorfile")), list(dir, files.get("Agentfile")),
                list(dir, files.get("Discardfile")), List.of(), ActorDictionary.empty(), PatternDictionary.of(List.of()));
        // require_dyad is the only switch that varies from record to record: two coders serve the whole suite.
        PatternDictionary noNouns = PatternDictionary.of(List.of());
        EventCoder petrarchDyads = dicts.coder(noNouns, CoderOptions.PETRARCH.withRequireDyad(true));
        EventCoder petrarchAll = dicts.coder(noNouns, CoderOptions.PETRARCH.withRequireDyad(false));
        List<String> include = suite.environment().include();
        List<Outcome> out = new ArrayList<>();
        for (PetrarchRecords.Record r : suite.records()) {
            if (!include.isEmpty() && !include.contains(r.category())) continue;
            String expected = expectedText(r);
            if (exclusions.containsKey(r.id())) {
                out.add(new Outcome(r.id(), r.category(), false, true, expected, "", "excluded: " + exclusions.get(r.id())));
                continue;
            }
            boolean dyad = !"false".equalsIgnoreCase(r.config().getOrDefault("require_dyad", "true"));
            EventCoder coder = dyad ? petrarchDyads : petrarchAll;
            ParsedSentence parsed;
            try {
                parsed = PennTreeConverter.convert(0, r.parse());
            } catch (IllegalArgumentException e) {
                boolean ok = r.error().equals("bad_input_parse");
                out.add(new Outcome(r.id(), r.category(), ok, false, expected, "parse error", ok ? "" : "parse rejected: " + e.getMessage()));
                continue;
            }
            List<Event> events = coder.code(new AnnotatedDoc(new Article(r.id(), r.date(), "petrarch", "", r.text()), List.of(parsed)));
            TreeSet<String> got = new TreeSet<>();
            for (Event e : events) got.add(petrarchCode(e.source()) + " " + petrarchCode(e.target()) + " " + e.code());
            String gotText = got.isEmpty() ? "no events" : String.join("; ", got);
            boolean passed = expected.equals(gotText);
            String note = notes.failures().get(r.id());
            String reason = passed ? "" : note == null ? reason(r, got) : reason(r, got) + ": " + note;
            String trace = traced.contains(r.id()) ? trace(r, parsed, events) : "";
            out.add(new Outcome(r.id(), r.category(), passed, false, expected, gotText, reason, trace));
        }
        return new Result(out);
    }

    /** PETRARCH writes a missing actor as "---" and a role of no known actor as "---GOV". */
    static String petrarchCode(String code) {
        if (code.isEmpty()) return "---";
        org.herald.actors.ActorCode c = org.herald.actors.ActorCode.parse(code);
        return c.hasBase() ? code : "---" + c.role();
    }

    private static String trace(PetrarchRecords.Record r, ParsedSentence parsed, List<Event> events) {
        StringBuilder b = new StringBuilder("# ").append(r.id()).append(": ").append(r.text()).append('\n');
        b.append(org.herald.nlp.ConllU.write(parsed));
        for (Event e : events) {
            b.append("event ").append(petrarchCode(e.source())).append(' ').append(petrarchCode(e.target())).append(' ').append(e.code())
                    .append("  pattern=").append(e.pattern()).append("  ").append(e.explanation()).append('\n');
        }
        return b.toString();
    }

    private static List<Path> list(Path dir, String name) {
        if (name == null || name.isBlank()) return List.of();
        Path p = dir.resolve(name);
        if (!p.toFile().exists()) throw new DictionaryException(p.toString(), 0, "dictionary named in <Environment> not found");
        return List.of(p);
    }

    static String expectedText(PetrarchRecords.Record r) {
        if (!r.error().isEmpty() || r.noEvents() || r.expected().isEmpty()) return r.error().equals("bad_input_parse") ? "parse error" : "no events";
        TreeSet<String> t = new TreeSet<>();
        for (PetrarchRecords.Expected e : r.expected()) t.add(e.source() + " " + e.target() + " " + e.code());
        return String.join("; ", t);
    }

    private static String reason(PetrarchRecords.Record r, TreeSet<String> got) {
        if (r.expected().stream().anyMatch(e -> e.source().startsWith("\"") || e.target().startsWith("\""))) {
            return "expects PETRARCH's new-actor text extraction (new_actor_length)";
        }
        if (got.isEmpty()) return "no event coded";
        if (r.expected().isEmpty()) return "coded an event where none is expected";
        return "different events";
    }
}
