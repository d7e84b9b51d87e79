package org.herald.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herald.dict.TsvTable;
import org.herald.model.EventDate;
import org.herald.nlp.ParsedSentence;
import org.herald.nlp.TimeMention;

/**
 * Dates an event from the time expressions of its sentence. Of the expressions that name days
 * ({@link TimexValues}), the one nearest the event's predicate in the dependency tree is taken, if it lies within
 * {@code max_path} edges and in the predicate's own clause; otherwise the article date stands in (precision
 * "article"). "since last month" starts a span that runs to the article date; a week, month or year that contains
 * the article date ends at it unless the predicate is in the future ("will meet"), and a bare weekday SUTime put in the
 * coming week is the past one unless the predicate is in the future ("Trump's Monday declaration"). Settings are data:
 * {@code herald/time/event-dates.tsv}.
 */
public final class EventDates {
    public static final String RESOURCE = "herald/time/event-dates.tsv";
    private static volatile EventDates standard;

    private final int maxPath;
    private final Set<String> clauseRelations;
    private final Set<String> rangeStarts;
    private final Set<String> futureAux;
    private final Set<String> futureMarks;
    private final Set<String> weekdays;
    private final Set<String> futureWords;
    private final Set<String> pastWords;
    private final Set<String> months;
    private final Set<String> pastAux;
    private final Set<String> ignoredValues;

    private EventDates(int maxPath, java.util.Map<String, Set<String>> lists) {
        this.maxPath = maxPath;
        this.clauseRelations = Set.copyOf(lists.get("clause_relation"));
        this.rangeStarts = Set.copyOf(lists.get("range_start"));
        this.futureAux = Set.copyOf(lists.get("future_aux"));
        this.futureMarks = Set.copyOf(lists.get("future_mark"));
        this.weekdays = Set.copyOf(lists.get("weekday"));
        this.futureWords = Set.copyOf(lists.get("future_word"));
        this.pastWords = Set.copyOf(lists.get("past_word"));
        this.months = Set.copyOf(lists.get("month"));
        this.pastAux = Set.copyOf(lists.get("past_aux"));
        this.ignoredValues = Set.copyOf(lists.get("ignored_value"));
    }

    /** Herald's settings, loaded once. */
    public static EventDates standard() {
        EventDates local = standard;
        if (local == null) standard = local = load(TsvTable.resource(RESOURCE, "setting", "value"));
        return local;
    }

    /** Settings from a table with columns setting and value; an unknown setting or a bad number names its line. */
    public static EventDates load(TsvTable table) {
        Integer maxPath = null;
        java.util.Map<String, Set<String>> lists = new java.util.TreeMap<>();
        for (String name : LISTS) lists.put(name, new HashSet<>());
        for (TsvTable.Row r : table.rows()) {
            String setting = r.get("setting");
            String v = r.get("value");
            if (v.isEmpty()) throw r.error("empty value");
            if (setting.equals("max_path")) {
                try {
                    maxPath = Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    throw r.error("max_path must be a whole number, not '" + v + "'");
                }
                if (maxPath < 1) throw r.error("max_path must be at least 1, not " + maxPath);
            } else if (lists.containsKey(setting)) {
                // Relations and TIMEX values are written as CoreNLP writes them; words match in any case.
                lists.get(setting).add(setting.equals("clause_relation") || setting.equals("ignored_value") ? v : v.toLowerCase(java.util.Locale.ROOT));
            } else {
                throw r.error("unknown setting '" + setting + "' (max_path, " + String.join(", ", LISTS) + ")");
            }
        }
        if (maxPath == null) {
            throw new org.herald.dict.DictionaryException(table.rows().isEmpty() ? "event dates" : table.rows().get(0).file(), 0, "no max_path setting");
        }
        return new EventDates(maxPath, lists);
    }

    private static final List<String> LISTS = List.of("clause_relation", "range_start", "future_aux", "future_mark", "weekday", "future_word",
            "past_word", "month", "past_aux", "ignored_value");

    /** The date of the event whose predicate is token {@code trigger} of {@code s}, in a story dated {@code articleDate}. */
    public EventDate of(ParsedSentence s, int trigger, LocalDate articleDate) {
        TimeMention best = null;
        EventDate bestDate = null;
        int bestPath = Integer.MAX_VALUE, bestGap = Integer.MAX_VALUE;
        for (TimeMention t : s.times()) {
            if (ignoredValues.contains(t.value())) continue;
            Optional<EventDate> days = TimexValues.read(t.value(), t.text(), articleDate);
            if (days.isEmpty()) continue;
            int path = t.covers(trigger) ? 0 : pathInClause(s, trigger, head(s, t));
            int governor = s.head(head(s, t));
            // Inside a noun phrase it dates the noun and its dependents: "Trump's Monday declaration imposing a tariff".
            if (governor > 0 && s.token(governor).isNoun() && !chain(s, trigger).contains(governor)) continue;
            if (path < 0 || path > maxPath) continue;
            int gap = Math.min(Math.abs(t.first() - trigger), Math.abs(t.last() - trigger));
            if (path < bestPath || (path == bestPath && gap < bestGap)) {
                best = t;
                bestDate = days.get();
                bestPath = path;
                bestGap = gap;
            }
        }
        if (best == null) return EventDate.article(articleDate);
        if (best.first() > 1 && rangeStarts.contains(s.token(best.first() - 1).word().toLowerCase(java.util.Locale.ROOT))
                && bestDate.start().isBefore(articleDate)) {
            String text = s.token(best.first() - 1).word() + " " + best.text();
            return new EventDate(bestDate.start(), articleDate, "range", text);
        }
        boolean future = future(s, trigger);
        if (bestDate.precision().equals("day") && bestDate.start().isAfter(articleDate) && !future
                && !bestDate.start().isAfter(articleDate.plusDays(7)) && pastWeekday(best.text())) {
            LocalDate day = bestDate.start().minusDays(7);
            return new EventDate(day, day, "day", best.text());
        }
        if (bestDate.precision().equals("day") && !bestDate.start().isAfter(articleDate) && future
                && bestDate.start().isAfter(articleDate.minusDays(7)) && comingWeekday(best.text())) {
            LocalDate day = bestDate.start().plusDays(7);
            return new EventDate(day, day, "day", best.text());
        }
        if (bestDate.start().isAfter(articleDate) && !future && past(s, trigger) && yearless(best.text())
                && (bestDate.precision().equals("day") || bestDate.precision().equals("month"))) {
            return new EventDate(bestDate.start().minusYears(1), bestDate.end().minusYears(1), bestDate.precision(), best.text());
        }
        if (!bestDate.start().equals(bestDate.end()) && !bestDate.start().isAfter(articleDate) && bestDate.end().isAfter(articleDate)
                && !future) {
            return new EventDate(bestDate.start(), articleDate, bestDate.precision(), bestDate.text());
        }
        return bestDate;
    }

    /** The token of the expression attached outside it (its syntactic head); the first token if none is. */
    static int head(ParsedSentence s, TimeMention t) {
        for (int i = t.first(); i <= t.last(); i++) {
            if (!t.covers(s.head(i))) return i;
        }
        return t.first();
    }

    /**
     * Edges between {@code a} and {@code b} in the tree, or -1 when the path crosses into another clause (through a
     * {@code clause_relation} edge) or the two are not connected.
     */
    int pathInClause(ParsedSentence s, int a, int b) {
        List<Integer> up = chain(s, a);
        List<Integer> other = chain(s, b);
        for (int i = 0; i < up.size(); i++) {
            int j = other.indexOf(up.get(i));
            if (j < 0) continue;
            for (int k = 0; k < i; k++) if (clauseRelations.contains(s.relation(up.get(k)))) return -1;
            for (int k = 0; k < j; k++) if (clauseRelations.contains(s.relation(other.get(k)))) return -1;
            return i + j;
        }
        return -1;
    }

    /** {@code i} and its heads up to the root. */
    private static List<Integer> chain(ParsedSentence s, int i) {
        List<Integer> out = new ArrayList<>();
        for (int cur = i; cur > 0 && out.size() <= s.size(); cur = s.head(cur)) out.add(cur);
        return out;
    }

    /**
     * Whether the predicate (or the word it hangs from, for "will hold talks") has a future auxiliary ("will") or
     * infinitive marker ("Putin to visit Ankara").
     */
    private boolean future(ParsedSentence s, int trigger) {
        for (int v : new int[] {trigger, s.head(trigger)}) {
            if (v < 1) continue;
            for (int aux : s.children(v, "aux")) {
                if (futureAux.contains(lower(s, aux))) return true;
            }
            for (int mark : s.children(v, "mark")) {
                if (futureMarks.contains(lower(s, mark))) return true;
            }
        }
        return false;
    }

    private static String lower(ParsedSentence s, int i) {
        return s.token(i).word().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the predicate (or the verb it hangs from) is in the past tense: "signed", "had signed", "was signed". */
    private boolean past(ParsedSentence s, int trigger) {
        for (int v : new int[] {trigger, s.head(trigger)}) {
            if (v < 1) continue;
            String tag = s.token(v).pos();
            if (tag.equals("VBD")) return true;
            if (tag.equals("VBN")) {
                for (int aux : s.children(v, "aux")) if (pastAux.contains(lower(s, aux))) return true;
                for (int aux : s.children(v, "aux:pass")) if (pastAux.contains(lower(s, aux))) return true;
            }
        }
        return false;
    }

    /** A month (or a day of one) named without a year: "March 3", "in December", not "March 3, 2025". */
    private boolean yearless(String text) {
        boolean month = false;
        for (String w : words(text)) {
            if (w.matches("\\d{4}")) return false;
            month |= months.contains(w);
        }
        return month;
    }

    private static String[] words(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}']+");
    }

    /** A weekday named without a word that puts it in the past ("Monday"; not "last Monday"). */
    private boolean comingWeekday(String text) {
        return bareWeekday(text, pastWords);
    }

    /** A weekday named without a word that puts it in the future ("Monday", "late Wednesday"; not "next Monday"). */
    private boolean pastWeekday(String text) {
        return bareWeekday(text, futureWords);
    }

    /** Whether the words name a weekday and none of {@code otherWay} ("next", "last"). */
    private boolean bareWeekday(String text, Set<String> otherWay) {
        boolean weekday = false;
        for (String w : words(text)) {
            if (otherWay.contains(w)) return false;
            weekday |= weekdays.contains(w);
        }
        return weekday;
    }
}
