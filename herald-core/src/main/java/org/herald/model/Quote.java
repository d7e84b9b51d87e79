package org.herald.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A quotation in an article: what was said, who said it and the events coded inside it.
 *
 * @param sentence    index of the sentence the quote is in (a quote running over several sentences is one quote
 *                    per sentence, all with the same speaker)
 * @param begin       first character of the quoted words in the sentence's text
 * @param end         one past the last character
 * @param text        the quoted words (direct) or the reported content (indirect)
 * @param kind        {@code direct} (a quoted clause), {@code phrase} (quoted words without a clause of their own:
 *                    "categorically unacceptable") or {@code indirect} ("X said that ...", "according to X")
 * @param speaker     the speaker's actor code, "" when the speaker is unknown or has no code
 * @param speakerText the speaker's words in the story ("Foreign Ministry spokeswoman Maria Zakharova")
 * @param speakerHow  how the speaker was found ("subject of state", "statement: a Kremlin statement", ...)
 * @param verb        the verb of saying (lemma), "according to", or "" when the speaker was found otherwise
 * @param events      indices into the article's event list of the events coded inside the quote
 */
public record Quote(String articleId, int sentence, int begin, int end, String text, String kind,
                    String speaker, String speakerText, String speakerHow, String verb, List<Integer> events) {
    public Quote {
        text = text == null ? "" : text;
        speaker = speaker == null ? "" : speaker;
        speakerText = speakerText == null ? "" : speakerText;
        speakerHow = speakerHow == null ? "" : speakerHow;
        verb = verb == null ? "" : verb;
        events = List.copyOf(events);
    }

    /** "RUSGOV (a Kremlin statement)" or the words alone when the speaker has no code: the form of {@link Event#attributedTo()}. */
    public String attribution() {
        return new Attribution(speaker, speakerText).toString();
    }

    /** The fields under their exchange names, in the order of the JSON and CSV outputs. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article_id", articleId);
        m.put("sentence", sentence);
        m.put("kind", kind);
        m.put("speaker", speaker);
        m.put("speaker_text", speakerText);
        m.put("verb", verb);
        m.put("text", text);
        m.put("begin", begin);
        m.put("end", end);
        m.put("events", events);
        m.put("speaker_how", speakerHow);
        return m;
    }
}
