package org.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.EventDate;
import org.herald.model.Location;
import org.herald.store.merge.MergeCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One record per real event: mentions merged on ingest and by rebuild, near-duplicate articles, GDELT mention counts. */
class EventMergeTest {
    @TempDir Path dir;

    static final String STORY = """
            Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met with Egyptian Foreign Minister Badr Abdelatty in Doha on Wednesday to discuss a new ceasefire proposal.
            Egypt and Qatar urged Israel to accept a phased truce, according to a joint statement released after the meeting.
            The United Nations praised the mediators for their efforts and called on all parties to engage.
            Israeli officials rejected the proposal on Thursday, saying it did not guarantee the release of hostages held in Gaza.
            Hamas accused Israel of stalling the negotiations and said its delegation would stay in Cairo.
            Turkish President Recep Tayyip Erdogan condemned Israeli air strikes on Gaza and called for an immediate halt to the fighting.""";

    static final Location IDLIB = new Location("Idlib", "geonames:163115", "Idlib", 35.93, 36.63, "SYR", "Idlib", "12", "city", "clause");
    static final Location ALEPPO = new Location("Aleppo", "geonames:170063", "Aleppo", 36.2, 37.16, "SYR", "Aleppo", "09", "city", "clause");
    static final Location SYRIA = new Location("Syria", "iso3166:SYR", "Syria", 35.0, 38.0, "SYR", "", "", "country", "sentence");

    static Event ev(String article, String date, int sentence, String src, String code, String tgt, String evidence) {
        return new Event(article, sentence, LocalDate.parse(date), src, src, tgt, tgt, code, code.substring(0, 2), "name", 1.0, 1, "CONSULT", "",
                "p", "trigger", evidence, "span", false, "", "").withModel(0.8, 0.6, "CONSULT 0.60");
    }

    static CodedArticle article(String id, String date, String source, String body, Event... events) {
        Article a = new Article(id, LocalDate.parse(date), source, "Envoys Meet in Doha as Gaza Ceasefire Talks Resume", body);
        return new CodedArticle(a, List.of(a.title(), body), List.of(), List.of(events));
    }

    /** The three events of the story, as coded from article {@code id}. */
    static Event[] storyEvents(String id, String date) {
        return new Event[] {
            ev(id, date, 1, "QATGOV", "040", "EGYGOV", "Qatari Prime Minister met with Egyptian Foreign Minister in Doha"),
            ev(id, date, 4, "ISRGOV", "120", "", "Israeli officials rejected the proposal on Thursday"),
            ev(id, date, 5, "HAMAS", "112", "ISR", "Hamas accused Israel of stalling the negotiations")};
    }

    /** event row id -> real event id, for every mention. */
    static Map<Long, Long> merges(EventStore s) {
        Map<Long, Long> out = new HashMap<>();
        for (List<Object> r : s.sql("SELECT event_id, merged_id FROM event_mentions").rows()) out.put(((Number) r.get(0)).longValue(), ((Number) r.get(1)).longValue());
        return out;
    }

    static long realEvents(EventStore s) {
        return s.mergeCounts().realEvents();
    }

    static List<List<Object>> rows(EventStore s, String sql) {
        return s.sql(sql).rows();
    }

    @Test
    void mentionsOfOneEventWithinAnArticleMerge() {
        try (EventStore s = EventStore.open(dir.resolve("a.duckdb"))) {
            s.ingest(article("a1", "2026-01-16", "Reuters", "body",
                    ev("a1", "2026-01-16", 0, "RUSGOV", "111", "USA", "Russia condemns US threats"),
                    ev("a1", "2026-01-16", 2, "RUSGOV", "111", "USA", "Russia's Foreign Ministry condemned American threats of fresh military operations"),
                    ev("a1", "2026-01-16", 3, "RUSGOV", "040", "IRNGOV", "Putin held talks with Iranian President Masoud Pezeshkian")));
            MergeCounts c = s.mergeCounts();
            assertEquals(3, c.mentions());
            assertEquals(2, c.realEvents());
            assertEquals(1, c.multiMention());
            assertEquals(0, c.multiArticle());
            List<StoredEvent> evs = s.eventsOf("a1");
            Map<Long, Long> m = merges(s);
            assertEquals(evs.get(0).id(), m.get(evs.get(1).id()), "the body's condemnation is the headline's event");
            assertEquals(evs.get(2).id(), m.get(evs.get(2).id()));
            assertEquals(List.of(List.of(evs.get(1).id(), LocalDate.of(2026, 1, 16), 0.8, "Reuters")),
                    rows(s, "SELECT event_id, date, confidence, source_name FROM event_mentions WHERE event_id = " + evs.get(1).id()),
                    "a mention keeps its date, confidence and outlet");
        }
    }

    @Test
    void aSyndicatedCopyIsFlaggedAndItsEventsMergeIntoTheSameEvents() throws Exception {
        try (EventStore s = EventStore.open(dir.resolve("s.duckdb"))) {
            s.ingest(article("reuters-1", "2025-06-12", "Reuters", STORY, storyEvents("reuters-1", "2025-06-12")));
            s.ingest(article("ap-7", "2025-06-12", "AP", STORY, storyEvents("ap-7", "2025-06-12")));
            s.ingest(article("other", "2025-06-12", "AFP", "Germany and France signed an agreement on joint defence procurement in Berlin.",
                    ev("other", "2025-06-12", 1, "DEU", "057", "FRA", "Germany and France signed an agreement")));
            List<List<Object>> flags = rows(s, "SELECT article_id, duplicate_of, similarity FROM near_duplicates");
            assertEquals(1, flags.size(), flags.toString());
            assertEquals("ap-7", flags.get(0).get(0));
            assertEquals("reuters-1", flags.get(0).get(1));
            assertEquals(1.0, ((Number) flags.get(0).get(2)).doubleValue(), 1e-9, "the same text has the same signature");
            MergeCounts c = s.mergeCounts();
            assertEquals(7, c.mentions());
            assertEquals(4, c.realEvents(), "the copy's three events are the original's three");
            assertEquals(3, c.multiArticle());
            assertEquals(3, c.multiSource());
            List<Long> originals = s.eventsOf("reuters-1").stream().map(StoredEvent::id).toList();
            Map<Long, Long> m = merges(s);
            assertEquals(originals, s.eventsOf("ap-7").stream().map(e -> m.get(e.id())).toList());

            // GDELT's event table: one row per real event, with its numbers of mentions, sources and articles.
            Path csv = dir.resolve("events.csv");
            s.export("csv", csv);
            List<Map<String, String>> table = csv(csv);
            assertEquals(4, table.size());
            Map<String, String> talks = table.stream().filter(r -> r.get("EventCode").equals("040")).findFirst().orElseThrow();
            assertEquals(String.valueOf(originals.get(0)), talks.get("GLOBALEVENTID"));
            assertEquals("2", talks.get("NumMentions"));
            assertEquals("2", talks.get("NumSources"));
            assertEquals("2", talks.get("NumArticles"));
            Map<String, String> signed = table.stream().filter(r -> r.get("EventCode").equals("057")).findFirst().orElseThrow();
            assertEquals(List.of("1", "1", "1"), List.of(signed.get("NumMentions"), signed.get("NumSources"), signed.get("NumArticles")));

            // GDELT's mentions table: one row per mention, naming its real event.
            Path mentions = dir.resolve("mentions.csv");
            s.export("mentions", "csv", mentions);
            List<Map<String, String>> ms = csv(mentions);
            assertEquals(GdeltMentions.names(), List.of(Files.readAllLines(mentions).get(0).split(",")));
            assertEquals(7, ms.size());
            List<Map<String, String>> ofTalks = ms.stream().filter(r -> r.get("GLOBALEVENTID").equals(String.valueOf(originals.get(0)))).toList();
            assertEquals(List.of("Reuters", "AP"), ofTalks.stream().map(r -> r.get("MentionSourceName")).toList());
            assertEquals(List.of("reuters-1", "ap-7"), ofTalks.stream().map(r -> r.get("MentionIdentifier")).toList());
            assertEquals("2", ofTalks.get(0).get("SentenceID"));
            assertEquals("80.0", ofTalks.get(0).get("Confidence"));
            assertTrue(ofTalks.get(1).get("Extras").contains("<NEAR_DUPLICATE_OF>reuters-1</NEAR_DUPLICATE_OF>"), ofTalks.get(1).toString());
        }
    }

    @Test
    void anUpdatedStoryWithOneNewParagraphIsANearDuplicateAndAnotherStoryIsNot() {
        try (EventStore s = EventStore.open(dir.resolve("u.duckdb"))) {
            s.ingest(article("v1", "2025-06-12", "Reuters", STORY));
            s.ingest(article("v2", "2025-06-13", "Reuters", STORY + "\nLater on Thursday, Egyptian mediators said a new round of talks would begin in Cairo next week."));
            s.ingest(article("sanctions", "2025-06-13", "Reuters", """
                    The United States imposed new sanctions on Chinese technology firms on Monday, the Treasury said.
                    China's Foreign Ministry criticized the measures and threatened to retaliate against American companies.
                    Japanese Prime Minister Shigeru Ishiba held talks with South Korean officials in Tokyo on regional security."""));
            List<List<Object>> flags = rows(s, "SELECT article_id, duplicate_of, similarity FROM near_duplicates");
            assertEquals(1, flags.size(), flags.toString());
            assertEquals(List.of("v2", "v1"), flags.get(0).subList(0, 2));
            double sim = ((Number) flags.get(0).get(2)).doubleValue();
            assertTrue(sim >= 0.7 && sim < 1.0, "one new paragraph: similar, not equal: " + sim);
        }
    }

    @Test
    void otherDatesOrOtherPlacesAreOtherEvents() {
        try (EventStore s = EventStore.open(dir.resolve("d.duckdb"))) {
            s.ingest(article("d1", "2026-01-16", "A", "b1",
                    ev("d1", "2026-01-16", 1, "SYRMIL", "190", "SYRREB", "Syrian forces struck rebel positions").withLocation(IDLIB),
                    ev("d1", "2026-01-16", 2, "SYRMIL", "190", "SYRREB", "Syrian forces struck rebel positions").withLocation(ALEPPO),
                    ev("d1", "2026-01-16", 3, "RUSGOV", "040", "IRNGOV", "Russia and Iran held talks")));
            assertEquals(3, realEvents(s), "two strikes on one day in two towns are two events");
            s.ingest(article("d2", "2026-01-17", "B", "b2",
                    ev("d2", "2026-01-17", 1, "SYRMIL", "190", "SYRREB", "Government troops shelled rebels in Syria").withLocation(SYRIA),
                    ev("d2", "2026-01-17", 2, "RUSGOV", "040", "IRNGOV", "Moscow and Tehran met")));
            assertEquals(3, realEvents(s), "the next day's reports join: a strike 'in Syria' may be the one in Idlib, the talks are the talks");
            Map<Long, Long> m = merges(s);
            List<StoredEvent> d1 = s.eventsOf("d1"), d2 = s.eventsOf("d2");
            assertEquals(d1.get(0).id(), m.get(d2.get(0).id()), "the first matching strike: same code, nearest date, oldest event");
            assertEquals(d1.get(2).id(), m.get(d2.get(1).id()));
            s.ingest(article("d3", "2026-01-20", "C", "b3", ev("d3", "2026-01-20", 1, "RUSGOV", "040", "IRNGOV", "Russia and Iran held talks")));
            assertEquals(4, realEvents(s), "four days later it is another meeting");
        }
    }

    static Event dated(Event e, String span, String precision, String text) {
        String[] d = (span + ".." + span).split("\\.\\.");
        return e.withDate(new EventDate(LocalDate.parse(d[0]), LocalDate.parse(d[1]), precision, text));
    }

    @Test
    void aWeekAndADayInItAreOneEventAcrossArticlesOnIngestAfterReopeningAndOnRebuild() {
        Path db = dir.resolve("w.duckdb");
        try (EventStore s = EventStore.open(db)) {
            s.ingest(article("w1", "2026-01-17", "Reuters", "b1",
                    dated(ev("w1", "2026-01-17", 1, "RUSGOV", "111", "USA", "Earlier this week the Foreign Ministry condemned US threats"),
                            "2026-01-12..2026-01-17", "week", "Earlier this week"),
                    dated(ev("w1", "2026-01-17", 2, "IRNOPP", "141", "IRNGOV", "Demonstrations have erupted since last month"),
                            "2025-12-01..2026-01-17", "range", "since last month")));
        }
        try (EventStore s = EventStore.open(db)) { // the lookups read back from the store: date_end included
            s.ingest(article("w2", "2026-01-15", "AP", "b2",
                    dated(ev("w2", "2026-01-15", 1, "RUSGOV", "111", "USA", "Russia condemned American threats on Wednesday"), "2026-01-14", "day", "Wednesday"),
                    dated(ev("w2", "2026-01-15", 2, "RUSGOV", "111", "USA", "Russia condemned American threats on Saturday"), "2026-01-10", "day", "Saturday"),
                    dated(ev("w2", "2026-01-15", 3, "IRNOPP", "141", "IRNGOV", "Protesters marched in Tehran on Wednesday"), "2026-01-14", "day", "Wednesday")));
            s.ingest(article("w3", "2026-01-18", "AFP", "b3",
                    dated(ev("w3", "2026-01-18", 1, "IRNOPP", "141", "IRNGOV", "Demonstrations have gone on since last month"),
                            "2025-12-01..2026-01-18", "range", "since last month")));
            List<StoredEvent> w1 = s.eventsOf("w1"), w2 = s.eventsOf("w2"), w3 = s.eventsOf("w3");
            Map<Long, Long> m = merges(s);
            assertEquals(w1.get(0).id(), m.get(w2.get(0).id()), "Wednesday is within earlier this week");
            assertEquals(w2.get(1).id(), m.get(w2.get(1).id()), "Saturday the 10th is two days before that week: another condemnation");
            assertEquals(w2.get(2).id(), m.get(w2.get(2).id()), "a day's march is not the six weeks' demonstrations");
            assertEquals(w1.get(1).id(), m.get(w3.get(0).id()), "since last month, told again the next day");
            assertEquals(4, realEvents(s), "six mentions, four events: the condemnation of the week, Saturday's, the march, the demonstrations");
            s.sql("UPDATE event_mentions SET merged_id = event_id");
            s.rebuildMerges();
            assertEquals(m, merges(s), "a rebuild reads the same spans from the events table");
        }
    }

    @Test
    void anUndatedEventIsItsArticlesDay() {
        try (EventStore s = EventStore.open(dir.resolve("n.duckdb"))) {
            Event undated = ev("n1", "2026-01-17", 1, "IRNGOV", "112", "USA", "Iran blamed the United States");
            assertEquals("article", undated.when().precision());
            s.ingest(article("n1", "2026-01-17", "A", "b1", undated));
            s.ingest(article("n2", "2026-01-17", "B", "b2",
                    dated(ev("n2", "2026-01-17", 1, "IRNGOV", "112", "USA", "Iran blamed the United States on Friday"), "2026-01-16", "day", "Friday")));
            s.ingest(article("n3", "2026-01-17", "C", "b3",
                    dated(ev("n3", "2026-01-17", 1, "IRNGOV", "112", "USA", "Iran blamed the United States earlier this week"),
                            "2026-01-12..2026-01-17", "week", "earlier this week")));
            s.ingest(article("n4", "2026-01-17", "D", "b4",
                    dated(ev("n4", "2026-01-17", 1, "IRNGOV", "112", "USA", "Iran blamed the United States on Wednesday"), "2026-01-14", "day", "Wednesday")));
            long first = s.eventsOf("n1").get(0).id();
            Map<Long, Long> m = merges(s);
            assertEquals(first, m.get(s.eventsOf("n2").get(0).id()), "the day before the article's: within the tolerance");
            assertEquals(first, m.get(s.eventsOf("n3").get(0).id()), "a week that holds the article's day");
            long wednesday = s.eventsOf("n4").get(0).id();
            assertEquals(first, m.get(wednesday), "joins the real event through the week's mention, which holds Wednesday");
            assertEquals(1, realEvents(s));
        }
        try (EventStore s = EventStore.open(dir.resolve("n2.duckdb"))) {
            s.ingest(article("n1", "2026-01-17", "A", "b1", ev("n1", "2026-01-17", 1, "IRNGOV", "112", "USA", "Iran blamed the United States")));
            s.ingest(article("n4", "2026-01-17", "D", "b4",
                    dated(ev("n4", "2026-01-17", 1, "IRNGOV", "112", "USA", "Iran blamed the United States on Wednesday"), "2026-01-14", "day", "Wednesday")));
            assertEquals(2, realEvents(s), "an undated event is not any day before its article: Wednesday is three days before it");
        }
    }

    @Test
    void otherCodesMergeOnlyWithSimilarEvidence() {
        try (EventStore s = EventStore.open(dir.resolve("c.duckdb"))) {
            s.ingest(article("c1", "2026-01-16", "A", "b1",
                    ev("c1", "2026-01-16", 1, "IRNGOV", "111", "USA", "Iranian authorities blamed the United States for the unrest"),
                    ev("c1", "2026-01-16", 2, "ISRMIL", "183", "HAMAS", "Israeli forces attacked Hamas positions in Rafah")));
            s.ingest(article("c2", "2026-01-16", "B", "b2",
                    ev("c2", "2026-01-16", 1, "IRNGOV", "112", "USA", "Iranian authorities blamed the United States for the unrest in Tehran"),
                    ev("c2", "2026-01-16", 2, "ISRMIL", "190", "HAMAS", "Israeli forces attacked Hamas positions near Rafah")));
            assertEquals(2, realEvents(s), "same root with similar evidence; 183 and 190 are one group in compatible-codes.tsv");
            s.ingest(article("c3", "2026-01-16", "C", "b3",
                    ev("c3", "2026-01-16", 1, "IRNGOV", "110", "USA", "Tehran disapproved of Washington's new visa rules")));
            assertEquals(3, realEvents(s), "another code of the root, in other words: another event");
            s.ingest(article("c5", "2026-01-16", "E", "b5",
                    ev("c5", "2026-01-16", 1, "IRNGOV", "112", "USA", "Tehran accused Washington of fomenting the riots")));
            assertEquals(3, realEvents(s), "the same code, dyad and day in other words is the same accusation (as GDELT counts it)");
            s.ingest(article("c4", "2026-01-16", "D", "b4", ev("c4", "2026-01-16", 1, "", "145", "", "Protesters clashed with police in the capital"),
                    ev("c4", "2026-01-16", 2, "", "145", "", "Farmers blocked roads across the north")));
            assertEquals(5, realEvents(s), "without actors, one protest is not another unless the evidence says so");
        }
    }

    @Test
    void replacingAnArticleTakesItsMentionsOutOfTheRealEvents() throws Exception {
        try (EventStore s = EventStore.open(dir.resolve("r.duckdb"))) {
            s.ingest(article("orig", "2025-06-12", "Reuters", STORY, storyEvents("orig", "2025-06-12")));
            s.ingest(article("copy", "2025-06-12", "AP", STORY, storyEvents("copy", "2025-06-12")));
            assertEquals(3, s.mergeCounts().multiArticle());
            // The copy is corrected into another story: its old mentions leave the real events.
            s.ingest(article("copy", "2025-06-12", "AP", "A different story about a football match in Lisbon, with no event.",
                    ev("copy", "2025-06-12", 1, "PRT", "042", "ESP", "Portugal hosted Spain")));
            MergeCounts c = s.mergeCounts();
            assertEquals(4, c.mentions());
            assertEquals(4, c.realEvents());
            assertEquals(0, c.multiArticle());
            assertEquals(0, c.nearDuplicates());
            // The original is replaced: the copy (stored again as the story) keeps the real events, renamed after its rows.
            s.ingest(article("copy", "2025-06-12", "AP", STORY, storyEvents("copy", "2025-06-12")));
            assertEquals(3, s.mergeCounts().multiArticle());
            s.ingest(article("orig", "2025-06-12", "Reuters", "Withdrawn."));
            c = s.mergeCounts();
            assertEquals(3, c.mentions());
            assertEquals(3, c.realEvents());
            assertEquals(0, c.nearDuplicates(), "the flag naming the withdrawn original went with it");
            Map<Long, Long> m = merges(s);
            for (StoredEvent e : s.eventsOf("copy")) assertEquals(e.id(), m.get(e.id()), "each real event is named after its first row left");
            assertEquals(0L, ((Number) rows(s, "SELECT count(*) FROM event_mentions WHERE event_id NOT IN (SELECT id FROM events)").get(0).get(0)));
            Path csv = dir.resolve("after.csv");
            s.export("csv", csv);
            assertTrue(csv(csv).stream().allMatch(r -> r.get("NumArticles").equals("1")));
        }
    }

    @Test
    void aRebuildGivesWhatIngestGave() {
        try (EventStore s = EventStore.open(dir.resolve("b.duckdb"))) {
            s.ingest(article("orig", "2025-06-12", "Reuters", STORY, storyEvents("orig", "2025-06-12")));
            s.ingest(article("copy", "2025-06-12", "AP", STORY, storyEvents("copy", "2025-06-12")));
            s.ingest(article("next", "2025-06-13", "AFP", STORY + "\nTalks resume in Cairo next week, Egyptian mediators said on Friday.", storyEvents("next", "2025-06-13")));
            s.ingest(article("later", "2025-07-20", "AFP", "Weeks later the envoys met again in Doha.", storyEvents("later", "2025-07-20")));
            s.ingest(article("d1", "2026-01-16", "A", "b1",
                    ev("d1", "2026-01-16", 1, "SYRMIL", "190", "SYRREB", "Syrian forces struck rebel positions").withLocation(IDLIB),
                    ev("d1", "2026-01-16", 2, "SYRMIL", "190", "SYRREB", "Syrian forces struck rebel positions").withLocation(ALEPPO)));
            Map<Long, Long> incremental = merges(s);
            List<List<Object>> flags = rows(s, "SELECT * FROM near_duplicates ORDER BY article_id");
            MergeCounts before = s.mergeCounts();
            assertEquals(List.of("copy", "next"), flags.stream().map(r -> r.get(0)).toList());
            assertEquals(8, before.realEvents(), "3 of the story (3 articles), 3 weeks later, 2 strikes");

            // As an older store: every mention its own event, nothing signed.
            s.sql("UPDATE event_mentions SET merged_id = event_id");
            s.sql("DELETE FROM near_duplicates");
            s.sql("DELETE FROM article_signatures");
            assertEquals(14, s.mergeCounts().realEvents());
            MergeCounts after = s.rebuildMerges();
            assertEquals(before, after);
            assertEquals(incremental, merges(s));
            assertEquals(flags, rows(s, "SELECT * FROM near_duplicates ORDER BY article_id"));
            // Ingest goes on from the rebuilt lookups.
            s.ingest(article("copy2", "2025-06-12", "BBC", STORY, storyEvents("copy2", "2025-06-12")));
            assertEquals(8, s.mergeCounts().realEvents());
            assertEquals(List.of("orig"), rows(s, "SELECT duplicate_of FROM near_duplicates WHERE article_id = 'copy2'").get(0));
        }
    }

    @Test
    void aStoreFromBeforeV8HasEachMentionItsOwnEventUntilRebuilt() {
        Path db = dir.resolve("v7.duckdb");
        try (EventStore s = EventStore.open(db)) {
            s.ingest(article("orig", "2025-06-12", "Reuters", STORY, storyEvents("orig", "2025-06-12")));
            s.ingest(article("copy", "2025-06-12", "AP", STORY, storyEvents("copy", "2025-06-12")));
            // As Herald wrote it before V8: event_mentions (event_id, article_id, sentence), no signatures, no flags.
            for (String column : List.of("merged_id", "date", "confidence", "source_name")) s.sql("ALTER TABLE event_mentions DROP COLUMN " + column);
            s.sql("DROP TABLE near_duplicates");
            s.sql("DROP TABLE article_signatures");
            s.sql("DELETE FROM schema_version WHERE version >= 8");
        }
        try (EventStore s = EventStore.open(db)) {
            assertEquals(EventStore.MIGRATIONS.size(), s.schemaVersion());
            assertEquals(List.of(List.of(6L, 0L)), rows(s, "SELECT count(*), count(*) FILTER (WHERE merged_id <> event_id OR date IS NULL "
                    + "OR source_name IS NULL) FROM event_mentions"), "V8 fills every old mention as its own event, with its date and outlet");
            assertEquals(6, realEvents(s));
            MergeCounts rebuilt = s.rebuildMerges();
            assertEquals(3, rebuilt.realEvents());
            assertEquals(1, rebuilt.nearDuplicates());
            s.ingest(article("copy2", "2025-06-12", "BBC", STORY, storyEvents("copy2", "2025-06-12")));
            assertEquals(3, realEvents(s), "and ingest goes on from there");
        }
    }

    @Test
    void aStoreThatRecordedAnEmptyV8IsRepairedOnOpen() {
        Path db = dir.resolve("reserved.duckdb");
        try (EventStore s = EventStore.open(db)) {
            s.ingest(article("orig", "2025-06-12", "Reuters", STORY, storyEvents("orig", "2025-06-12")));
            // As main wrote stores while V8 was reserved: version 8 and later recorded, no merge columns or tables.
            for (String column : List.of("merged_id", "date", "confidence", "source_name")) s.sql("ALTER TABLE event_mentions DROP COLUMN " + column);
            s.sql("DROP TABLE near_duplicates");
            s.sql("DROP TABLE article_signatures");
        }
        try (EventStore s = EventStore.open(db)) {
            assertEquals(EventStore.MIGRATIONS.size(), s.schemaVersion());
            s.ingest(article("copy", "2025-06-12", "AP", STORY, storyEvents("copy", "2025-06-12")));
            assertEquals(3, realEvents(s));
            assertEquals(0, s.mergeCounts().nearDuplicates(), "the original was stored unsigned");
            assertEquals(1, s.rebuildMerges().nearDuplicates(), "a rebuild signs every article");
        }
    }

    @Test
    void theMergeSurvivesReopeningTheStore() {
        Path db = dir.resolve("o.duckdb");
        try (EventStore s = EventStore.open(db)) {
            s.ingest(article("orig", "2025-06-12", "Reuters", STORY, storyEvents("orig", "2025-06-12")));
        }
        try (EventStore s = EventStore.open(db)) {
            s.ingest(article("copy", "2025-06-12", "AP", STORY, storyEvents("copy", "2025-06-12")));
            assertEquals(3, s.mergeCounts().realEvents(), "the lookups are read back from the store");
            assertEquals(1, s.mergeCounts().nearDuplicates());
        }
    }

    @Test
    void exportRefusesUnknownTablesAndFormats() {
        try (EventStore s = EventStore.open(dir.resolve("x.duckdb"))) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> s.export("quotes'; DROP TABLE events; --", "csv", dir.resolve("q.csv")));
            assertTrue(e.getMessage().contains("unknown table"), e.getMessage());
            assertThrows(() -> s.export("mentions", "xml", dir.resolve("m.xml")));
            assertNotEquals(0, s.sql("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'events'").rows().get(0).get(0));
        }
    }

    private static void assertThrows(org.junit.jupiter.api.function.Executable x) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, x);
    }

    /** A CSV file as maps from header to cell (DuckDB quotes cells with commas). */
    static List<Map<String, String>> csv(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        List<String> header = List.of(lines.get(0).split(","));
        List<Map<String, String>> out = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) row.put(header.get(i), i < f.length ? f[i].replaceAll("^\"|\"$", "") : "");
            out.add(row);
        }
        return out;
    }
}
