package org.herald.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herald.model.Event;
import org.herald.nlp.ParsedSentence;

/**
 * Where the events of a sentence stand in its tree: the trigger token the coder kept ({@link Event#triggerToken()});
 * for an event without one (stored before it was kept, or built by hand) the token is found again by the word, and
 * when the word occurs twice by the event's highlighted span.
 */
public final class EventTriggers {
    private EventTriggers() {}

    /** Token index of {@code e}'s trigger in {@code s}, or -1 when the word is not there. */
    public static int of(ParsedSentence s, Event e) {
        int kept = e.triggerToken();
        if (kept >= 1 && kept <= s.size() && s.token(kept).word().equals(e.trigger())) return kept;
        List<Integer> candidates = new ArrayList<>();
        for (int k = 1; k <= s.size(); k++) if (s.token(k).word().equals(e.trigger())) candidates.add(k);
        if (candidates.size() <= 1) return candidates.isEmpty() ? -1 : candidates.get(0);
        String span = e.span().replace("\u2026", "").strip();
        int at = span.isEmpty() ? -1 : s.text().indexOf(span);
        if (at >= 0) {
            int base = s.token(1).begin();
            for (int k : candidates) {
                int b = s.token(k).begin() - base;
                if (b >= at && b < at + span.length()) return k;
            }
        }
        return candidates.get(0);
    }

    /** Trigger token -> indices (in {@code events}) of the events of sentence {@code s}, in event order. */
    public static Map<Integer, List<Integer>> in(ParsedSentence s, List<Event> events) {
        Map<Integer, List<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.sentence() != s.index()) continue;
            int k = of(s, e);
            if (k > 0) out.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
        return out;
    }
}
