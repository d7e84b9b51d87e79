package org.herald.dict;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The verbs of reporting ("say", "announce", ...), one list for the actor resolver and the coder: herald/dictionaries/speech-verbs.tsv. */
public final class SpeechVerbs {
    public static final String RESOURCE = "herald/dictionaries/speech-verbs.tsv";
    private static final Set<String> LEMMAS = load();

    private SpeechVerbs() {}

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (TsvTable.Row r : TsvTable.resource(RESOURCE, "lemma").rows()) {
            String l = r.get("lemma");
            if (!l.equals(l.toLowerCase(Locale.ROOT)) || l.isBlank()) throw r.error("write the lemma in lowercase: '" + l + "'");
            if (!out.add(l)) throw r.error("duplicate speech verb '" + l + "'");
        }
        return Set.copyOf(out);
    }

    /** Is this lemma a verb of reporting? */
    public static boolean contains(String lemma) {
        return LEMMAS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Is this token a verb of reporting (a verb, by its part of speech, whose lemma is one)? */
    public static boolean isSpeech(org.herald.nlp.Token t) {
        return t.isVerb() && contains(t.lemma());
    }
}
