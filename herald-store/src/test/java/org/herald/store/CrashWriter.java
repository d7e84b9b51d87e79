package org.herald.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herald.model.ActorMention;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Event;

/**
 * An ingest run in its own JVM, for {@link CrashSafetyTest} to kill: writes articles {@code art000..} through the
 * store the way {@code herald ingest} does (skip when current, else one transaction per article), printing
 * {@code stored <i>} after each commit and pausing between articles. Version 2 changes every third article (with
 * a different number of events) and leaves the others as they were, so a re-run replaces some and skips the rest.
 *
 * <p>Usage: {@code CrashWriter <db> <articles> <version> <pause ms>}
 */
public final class CrashWriter {
    private CrashWriter() {}

    public static void main(String[] args) throws InterruptedException {
        Path db = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int version = Integer.parseInt(args[2]);
        long pause = Long.parseLong(args[3]);
        try (EventStore s = EventStore.open(db)) {
            System.out.println("open");
            for (int i = 0; i < n; i++) {
                CodedArticle a = coded(i, version);
                if (s.isCurrent(a.article())) continue;
                s.ingest(a);
                System.out.println("stored " + i);
                System.out.flush();
                if (pause > 0) Thread.sleep(pause);
            }
        }
        System.out.println("done");
    }

    static String id(int i) { return String.format("art%03d", i); }

    static LocalDate date(int i) { return LocalDate.of(2026, 1, 1 + i % 28); }

    /** The version an article's content is at: version 2 differs from 1 only for every third article. */
    static int effective(int i, int version) { return version >= 2 && i % 3 == 0 ? 2 : 1; }

    static int eventCount(int i, int version) { return effective(i, version) == 1 ? 1 + i % 4 : 5 + i % 3; }

    static String body(int i, int version) { return "Body of article " + i + ", version " + effective(i, version) + "."; }

    static CodedArticle coded(int i, int version) {
        int v = effective(i, version);
        String id = id(i);
        Article a = new Article(id, date(i), "wire", "Title " + i, body(i, version));
        int k = eventCount(i, version);
        List<String> sentences = new ArrayList<>();
        sentences.add(a.title());
        List<Event> events = new ArrayList<>();
        for (int e = 0; e < k; e++) {
            sentences.add("Sentence " + e + " of article " + i + " version " + v + ".");
            events.add(new Event(id, e + 1, date(i), "RUSGOV", "Russian officials", "IRNGOV", "Iranian officials", "040", "04", "Consult",
                    1.0, 1, "CONSULT", "", "test.pattern", "v" + v, sentences.get(e + 1), "span", false, "", "explained"));
        }
        return new CodedArticle(a, sentences, List.of(new ActorMention(id, 1, 1, "RUSGOV", "Russian officials", "test")), events);
    }
}
