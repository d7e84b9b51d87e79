package org.herald.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herald.model.Event;
import org.herald.nlp.ParsedSentence;

/**
 * Where the events of a sentence stand in its tree: the trigger token the coder kept ({@link Event#triggerToken()}).
 * Every event the coder makes keeps it; an event without one (built by hand, or read from a store that predates it)
 * has no place in the tree.
 */
public final class EventTriggers {
    private EventTriggers() {}

    /** Token index of {@code e}'s trigger in {@code s}, or -1 when it has none there. */
    public static int of(ParsedSentence s, Event e) {
        int kept = e.triggerToken();
        return kept >= 1 && kept <= s.size() && s.token(kept).word().equals(e.trigger()) ? kept : -1;
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
