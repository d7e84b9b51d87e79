package org.herald.nlp;

/**
 * A time expression found in a sentence ("Friday", "earlier this week", "two days ago"), already resolved against
 * the article date by the annotator: {@code value} is its TIMEX3 value ("2026-01-16", "2026-W03", "2025-12",
 * "PRESENT_REF", "P3W") and {@code type} its TIMEX3 type (DATE, TIME, DURATION, SET). {@code first} and
 * {@code last} are the 1-based indices of its first and last tokens.
 */
public record TimeMention(int first, int last, String text, String value, String type) {
    public TimeMention {
        if (first < 1 || last < first) throw new IllegalArgumentException("bad token range " + first + ".." + last + " for '" + text + "'");
        text = text == null ? "" : text;
        value = value == null ? "" : value;
        type = type == null ? "" : type;
    }

    public boolean covers(int token) {
        return token >= first && token <= last;
    }
}
