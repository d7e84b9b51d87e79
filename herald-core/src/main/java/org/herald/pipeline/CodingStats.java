package org.herald.pipeline;

/** Counts and time per stage of one run, for --stats. */
public final class CodingStats {
    private long articles, sentences, events, annotateNanos, codeNanos, readNanos;

    synchronized void add(int sentenceCount, int eventCount, long annotate, long code) {
        articles++;
        sentences += sentenceCount;
        events += eventCount;
        annotateNanos += annotate;
        codeNanos += code;
    }

    public synchronized void addRead(long nanos) { readNanos += nanos; }

    public synchronized String report(long loadNanos) {
        double secs = (annotateNanos + codeNanos) / 1e9;
        return String.format("articles %d, sentences %d, events %d, %.1f sentences/s%n"
                + "time: load %.1f s, read %.2f s, annotate %.2f s, code %.3f s",
                articles, sentences, events, secs == 0 ? 0 : sentences / secs,
                loadNanos / 1e9, readNanos / 1e9, annotateNanos / 1e9, codeNanos / 1e9);
    }

    public synchronized long articles() { return articles; }
    public synchronized long sentences() { return sentences; }
    public synchronized long events() { return events; }
}
