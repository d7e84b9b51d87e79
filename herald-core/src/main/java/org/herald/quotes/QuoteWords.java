package org.herald.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.dict.TsvTable;

/**
 * The words quotations are found with ({@code herald/dictionaries/quote-words.tsv}): quotation marks, nouns naming
 * statements, frames such as "according to", and the finder's settings. The verbs of saying are
 * {@link org.herald.dict.SpeechVerbs}, shared with the coder. A bad line is an error naming it.
 */
public final class QuoteWords {
    public static final String RESOURCE = "herald/dictionaries/quote-words.tsv";

    /** How a quotation mark works. */
    public enum Mark { OPEN, CLOSE, BOTH }

    private static volatile QuoteWords standard;

    private final Map<String, Mark> marks = new HashMap<>();
    private final Set<String> sources = new HashSet<>();
    private final List<List<String>> frames = new ArrayList<>();
    private final int maxOpenSentences;
    private final int maxPhraseTokens;

    public static QuoteWords standard() {
        QuoteWords local = standard;
        if (local == null) standard = local = new QuoteWords(TsvTable.resource(RESOURCE, "kind", "words", "value"));
        return local;
    }

    public QuoteWords(TsvTable table) {
        Map<String, Integer> settings = new HashMap<>();
        for (TsvTable.Row r : table.rows()) {
            String words = r.get("words");
            if (words.isEmpty()) throw r.error("empty words");
            switch (r.get("kind")) {
                case "mark" -> {
                    Mark m = switch (r.get("value")) {
                        case "open" -> Mark.OPEN;
                        case "close" -> Mark.CLOSE;
                        case "both" -> Mark.BOTH;
                        default -> throw r.error("a mark's value must be open, close or both: '" + r.get("value") + "'");
                    };
                    if (marks.put(words, m) != null) throw r.error("duplicate mark '" + words + "'");
                }
                case "source" -> {
                    if (!sources.add(words.toLowerCase(Locale.ROOT))) throw r.error("duplicate source noun '" + words + "'");
                }
                case "frame" -> frames.add(List.of(words.toLowerCase(Locale.ROOT).split("\\s+")));
                case "setting" -> {
                    try {
                        int v = Integer.parseInt(r.get("value"));
                        if (v < 1) throw r.error("setting " + words + " must be at least 1");
                        settings.put(words, v);
                    } catch (NumberFormatException e) {
                        throw r.error("setting " + words + " must be a whole number: '" + r.get("value") + "'");
                    }
                }
                default -> throw r.error("kind must be mark, source, frame or setting: '" + r.get("kind") + "'");
            }
        }
        for (String required : List.of("max_open_sentences", "max_phrase_tokens")) {
            if (!settings.containsKey(required)) throw new org.herald.dict.DictionaryException(RESOURCE, 0, "no setting " + required);
        }
        maxOpenSentences = settings.get("max_open_sentences");
        maxPhraseTokens = settings.get("max_phrase_tokens");
    }

    /** How this token works as a quotation mark, or null when it is none. */
    public Mark mark(String word) { return marks.get(word); }

    /** Does this lemma name a statement ("statement", "communique")? */
    public boolean isSource(String lemma) { return sources.contains(lemma.toLowerCase(Locale.ROOT)); }

    /** Frames that name a speaker without a verb ("according to"), lowercase words. */
    public List<List<String>> frames() { return frames; }

    /** A quote still open after this many sentences was a stray mark. */
    public int maxOpenSentences() { return maxOpenSentences; }

    /** Quoted words without a clause are a "phrase" up to this many tokens. */
    public int maxPhraseTokens() { return maxPhraseTokens; }
}
