package org.herald.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A PETRARCH discard list: a sentence containing a phrase is not coded; a '+' phrase discards the whole story.
 * A phrase ending in '_' must end at a word boundary; otherwise it is a stem. Matching ignores case.
 */
public final class PetrarchDiscards implements org.herald.events.CoderOptions.Discards {
    public record Discard(String phrase, boolean story, boolean exact) {}

    private final List<Discard> discards;

    private PetrarchDiscards(List<Discard> discards) { this.discards = List.copyOf(discards); }

    public static PetrarchDiscards none() { return new PetrarchDiscards(List.of()); }

    public static PetrarchDiscards read(Path file) {
        List<Discard> out = new ArrayList<>();
        for (DictLines.Line l : DictLines.read(file)) {
            String t = l.text();
            boolean story = t.startsWith("+");
            if (story) t = t.substring(1).strip();
            out.add(new Discard(t.replace('_', ' ').strip().toLowerCase(Locale.ROOT), story, t.endsWith("_")));
        }
        return new PetrarchDiscards(out);
    }

    public PetrarchDiscards plus(PetrarchDiscards other) {
        List<Discard> all = new ArrayList<>(discards);
        all.addAll(other.discards);
        return new PetrarchDiscards(all);
    }

    @Override
    public java.util.Optional<String> match(String text, boolean story) {
        return find(text, story).map(d -> (d.story() ? "story discard: " : "sentence discard: ") + d.phrase());
    }

    /** The matching discard, if the text (a sentence, or a whole story for story discards) hits one. */
    public java.util.Optional<Discard> find(String text, boolean storyLevel) {
        String t = " " + text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " ";
        for (Discard d : discards) {
            if (storyLevel != d.story()) continue;
            int i = t.indexOf(" " + d.phrase());
            while (i >= 0) {
                int end = i + 1 + d.phrase().length();
                if (!d.exact() || end >= t.length() || !Character.isLetterOrDigit(t.charAt(end))) return java.util.Optional.of(d);
                i = t.indexOf(" " + d.phrase(), i + 1);
            }
        }
        return java.util.Optional.empty();
    }

    public int size() { return discards.size(); }
}
