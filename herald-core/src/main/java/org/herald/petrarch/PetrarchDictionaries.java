package org.herald.petrarch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.herald.actors.ActorCode;
import org.herald.actors.ActorDictionary;
import org.herald.actors.Leader;
import org.herald.dict.DictionaryException;
import org.herald.codes.CameoCodebook;
import org.herald.events.CoderOptions;
import org.herald.events.Combinations;
import org.herald.events.EventCoder;
import org.herald.events.PatternDictionary;
import org.herald.events.ReadingRules;

/**
 * A set of PETRARCH dictionaries (verbs, actors, agents, discards, issues) turned into Herald's: loaded on top of
 * Herald's own (the usual case: `herald code --dictionaries DIR`) or alone (to reproduce PETRARCH's suite).
 */
public final class PetrarchDictionaries {
    private final ActorDictionary actors;
    private final PatternDictionary verbs;
    private final PetrarchDiscards discards;
    private final PetrarchIssues issues;
    private final List<String> unsupported;
    private final List<Path> files;

    private PetrarchDictionaries(ActorDictionary actors, PatternDictionary verbs, PetrarchDiscards discards, PetrarchIssues issues,
                                 List<String> unsupported, List<Path> files) {
        this.actors = actors;
        this.verbs = verbs;
        this.discards = discards;
        this.issues = issues;
        this.unsupported = List.copyOf(unsupported);
        this.files = List.copyOf(files);
    }

    /** Every dictionary file in a directory, recognised by name: *verb*, *actor*, *agent*, *discard*, *issue*. */
    public static PetrarchDictionaries directory(Path dir, ActorDictionary baseActors, PatternDictionary baseVerbs) {
        if (!Files.isDirectory(dir)) throw new DictionaryException(dir.toString(), 0, "not a directory");
        List<Path> all;
        try (Stream<Path> s = Files.list(dir)) {
            all = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new DictionaryException(dir.toString(), 0, "cannot list: " + e.getMessage());
        }
        return files(pick(all, "verb"), pick(all, "actor"), pick(all, "agent"), pick(all, "discard"), pick(all, "issue"), baseActors, baseVerbs);
    }

    private static List<Path> pick(List<Path> files, String kind) {
        return files.stream().filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).contains(kind)).toList();
    }

    public static PetrarchDictionaries files(List<Path> verbFiles, List<Path> actorFiles, List<Path> agentFiles, List<Path> discardFiles,
                                             List<Path> issueFiles, ActorDictionary baseActors, PatternDictionary baseVerbs) {
        List<String> unsupported = new ArrayList<>();
        List<Path> used = new ArrayList<>();
        ActorDictionary actors = baseActors.copy();
        for (Path f : actorFiles) {
            used.add(f);
            for (PetrarchActors.Actor a : PetrarchActors.read(f, unsupported)) addActor(actors, a);
        }
        for (Path f : agentFiles) {
            used.add(f);
            for (PetrarchAgents.Agent a : PetrarchAgents.read(f, unsupported)) {
                actors.addAgent(a.phrase().replace('_', ' '), a.code(), a.prefix(), false, a.file() + ":" + a.line());
            }
        }
        List<org.herald.events.Pattern> patterns = new ArrayList<>();
        for (Path f : verbFiles) {
            used.add(f);
            PetrarchVerbs.Result r = PetrarchVerbs.read(f);
            patterns.addAll(r.patterns());
            unsupported.addAll(r.unsupported());
        }
        PatternDictionary verbs = baseVerbs.plus(PatternDictionary.of(patterns));
        PetrarchDiscards discards = PetrarchDiscards.none();
        for (Path f : discardFiles) {
            used.add(f);
            discards = discards.plus(PetrarchDiscards.read(f));
        }
        PetrarchIssues issues = PetrarchIssues.none();
        for (Path f : issueFiles) {
            used.add(f);
            issues = PetrarchIssues.read(f, unsupported);
        }
        return new PetrarchDictionaries(actors, verbs, discards, issues, unsupported, used);
    }

    private static void addActor(ActorDictionary dict, PetrarchActors.Actor a) {
        List<Leader> stints = new ArrayList<>();
        ActorCode fallback = ActorCode.NONE;
        String name = a.phrases().get(0);
        for (PetrarchActors.DatedCode c : a.codes()) {
            if (c.from() == null && c.to() == null) {
                fallback = ActorCode.parse(c.code());
            } else {
                stints.add(new Leader(name, ActorCode.parse(c.code()), Optional.ofNullable(c.from()).orElse(LocalDate.MIN), c.to(), "dated"));
            }
        }
        if (stints.isEmpty() && fallback.isEmpty()) return; // a null-coded actor: known, but codes nothing
        for (int i = 0; i < a.phrases().size(); i++) {
            dict.addActor(a.phrases().get(i).replace('_', ' ').strip(), stints, fallback, !a.exact().get(i), a.file() + ":" + a.line());
        }
    }

    /** A coder over these dictionaries alone (with {@code nouns} as event nouns), skipping what the discard lists say. */
    public EventCoder coder(PatternDictionary nouns, CoderOptions options) {
        return coder(nouns, options, ReadingRules.NONE);
    }

    /** The same with Herald's reading rules: these dictionaries loaded on top of Herald's own are read as Herald reads. */
    public EventCoder coder(PatternDictionary nouns, CoderOptions options, ReadingRules rules) {
        return new EventCoder(verbs, nouns, Combinations.standard(), actors, CameoCodebook.standard(), options.withDiscards(discards), rules);
    }

    public ActorDictionary actors() { return actors; }
    public PatternDictionary verbs() { return verbs; }
    public PetrarchDiscards discards() { return discards; }
    public PetrarchIssues issues() { return issues; }
    /** Constructs read but not taken over, and entries skipped for errors (file:line: what), for the user to see. */
    public List<String> unsupported() { return unsupported; }
    public List<Path> files() { return files; }
}
