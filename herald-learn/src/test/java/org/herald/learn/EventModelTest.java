package org.herald.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.dict.DictionaryException;
import org.herald.events.EventCoder;
import org.herald.model.Article;
import org.herald.model.Event;
import org.herald.nlp.AnnotatedDoc;
import org.herald.nlp.ConllU;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example bank, the classifier, the embedding cache and the fusion with the patterns, on a fake embedder. */
class EventModelTest {
    @TempDir Path dir;

    private static List<LabelledExample> toyExamples() {
        List<LabelledExample> out = new ArrayList<>();
        String[] assault = {"soldiers shelled the village killing civilians", "gunmen opened fire killing five villagers",
                "militants attacked a checkpoint killing soldiers", "an airstrike killed fighters near the border"};
        String[] protest = {"thousands marched in the capital demanding reforms", "students rallied outside parliament chanting slogans",
                "workers marched demanding higher wages", "crowds rallied in the square demanding elections"};
        String[] none = {"the football team won the cup final", "heavy rain flooded the market streets", "shares rose after strong earnings",
                "the film festival opened with a comedy"};
        for (int r = 0; r < 5; r++) {
            for (String t : assault) out.add(new LabelledExample("a" + r + t.hashCode(), t + " " + r, "ASSAULT", "toy"));
            for (String t : protest) out.add(new LabelledExample("p" + r + t.hashCode(), t + " " + r, "PROTEST", "toy"));
            for (String t : none) out.add(new LabelledExample("n" + r + t.hashCode(), t + " " + r, LabelledExample.NO_EVENT, "toy"));
        }
        return out;
    }

    @Test
    void theShippedBankHasEveryTypeAndNoEventStories() {
        List<LabelledExample> bank = ExampleBank.shipped();
        Map<String, Integer> counts = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (LabelledExample e : bank) {
            counts.merge(e.type(), 1, Integer::sum);
            assertTrue(ids.add(e.id()), "duplicate id " + e.id());
        }
        for (String t : ExampleBank.TYPES) assertTrue(counts.getOrDefault(t, 0) >= 40, t + " has " + counts.get(t));
        assertTrue(counts.getOrDefault(LabelledExample.NO_EVENT, 0) >= 400, "no-event stories: " + counts.get(LabelledExample.NO_EVENT));
    }

    @Test
    void aUsersFileIsReadWithFileAndLineErrors() throws Exception {
        Path f = dir.resolve("mine.jsonl");
        Files.writeString(f, "{\"id\":\"x1\",\"text\":\"Rebels shelled the town.\",\"plover\":\"ASSAULT\"}\n"
                + "{\"id\":\"x2\",\"text\":\"It rained.\",\"plover\":null}\n");
        List<LabelledExample> got = ExampleBank.file(f);
        assertEquals(List.of("ASSAULT", LabelledExample.NO_EVENT), got.stream().map(LabelledExample::type).toList());
        Files.writeString(f, "{\"id\":\"x1\",\"text\":\"Rebels shelled the town.\",\"plover\":\"ASSAULT\"}\n{\"text\":\"x\",\"plover\":\"FIGHT\"}\n");
        DictionaryException e = assertThrows(DictionaryException.class, () -> ExampleBank.file(f));
        assertTrue(e.getMessage().contains("mine.jsonl:2") && e.getMessage().contains("FIGHT"), e.getMessage());
        assertThrows(DictionaryException.class, () -> ExampleBank.read("s", new BufferedReader(new StringReader("{not json\n"))));
    }

    @Test
    void theClassifierLearnsTheTypesAndIsCalibrated() {
        HashingEmbedder emb = new HashingEmbedder();
        EventModel m = EventModel.train(emb, List.of(), toyExamples(), null);
        List<TypeProbabilities> p = m.classify(List.of("gunmen shelled a village killing soldiers", "students marched demanding elections",
                "the team won the final"));
        assertEquals("ASSAULT", p.get(0).top());
        assertEquals("PROTEST", p.get(1).top());
        assertEquals(LabelledExample.NO_EVENT, p.get(2).top());
        for (TypeProbabilities t : p) {
            double sum = t.probabilities().values().stream().mapToDouble(Double::doubleValue).sum();
            assertEquals(1.0, sum, 1e-6);
            assertEquals(3, t.nearest().size());
        }
        assertTrue(m.temperature() > 0);
    }

    @Test
    void theBanksEmbeddingsAreCachedByContent() throws Exception {
        HashingEmbedder emb = new HashingEmbedder();
        List<String> texts = List.of("one text here", "another text there");
        float[][] first = EmbeddingCache.embed(emb, texts, dir);
        assertEquals(2, emb.embedded);
        float[][] again = EmbeddingCache.embed(emb, texts, dir);
        assertEquals(2, emb.embedded, "the second call reads the cache");
        assertEquals(first[1][3], again[1][3]);
        EmbeddingCache.embed(emb, List.of("one text here", "a changed text"), dir);
        assertEquals(4, emb.embedded, "a changed text is a new key");
        // A truncated cache file is recomputed, never trusted.
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.write(p, new byte[] {1, 2, 3});
        }
        EmbeddingCache.embed(emb, texts, dir);
        assertEquals(6, emb.embedded);
    }

    @Test
    void theFittedTemperatureIsCachedWithTheEmbeddings() throws Exception {
        HashingEmbedder emb = new HashingEmbedder();
        EventModel first = EventModel.train(emb, toyExamples(), List.of(), dir);
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("temperature-")), "a temperature file is written");
        }
        EventModel second = EventModel.train(emb, toyExamples(), List.of(), dir);
        assertEquals(first.temperature(), second.temperature());
        // A corrupt cached temperature is fitted again, not trusted.
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("temperature-")).toList()) Files.writeString(p, "warm");
        }
        assertEquals(first.temperature(), EventModel.train(emb, toyExamples(), List.of(), dir).temperature());
    }

    private static AnnotatedDoc doc(String conll) {
        return new AnnotatedDoc(new Article("t1", LocalDate.parse("2024-05-01"), "", "", ""), ConllU.read("t", conll));
    }

    @Test
    void theModelAddsAnEventThePatternsMissedAndJudgesTheOthers() {
        EventModel m = EventModel.train(new HashingEmbedder(), List.of(), toyExamples(), null);
        EventCoder coder = EventCoder.standard(false);
        // "Syrian gunmen shelled the village killing civilians": coded by the patterns (ASSAULT); the model agrees.
        AnnotatedDoc coded = doc("""
                1\tSyrian\tSyrian\t_\tJJ\t_\t2\tamod\t_\t_
                2\tgunmen\tgunman\t_\tNNS\t_\t3\tnsubj\t_\t_
                3\tshelled\tshell\t_\tVBD\t_\t0\troot\t_\t_
                4\tthe\tthe\t_\tDT\t_\t5\tdet\t_\t_
                5\tvillage\tvillage\t_\tNN\t_\t3\tobj\t_\t_
                6\tkilling\tkill\t_\tVBG\t_\t3\tadvcl\t_\t_
                7\tcivilians\tcivilian\t_\tNNS\t_\t6\tobj\t_\t_
                """);
        List<Event> patterns = coder.code(coded);
        assertFalse(patterns.isEmpty());
        List<Event> judged = m.fuse(coder, coded, patterns);
        assertTrue(judged.stream().allMatch(e -> e.confidence() > 0.5 && e.modelTypes().startsWith("ASSAULT")), judged.toString());
        // "Egyptian students marched demanding elections": say the patterns coded nothing; the model adds a protest.
        AnnotatedDoc missed = doc("""
                1\tEgyptian\tEgyptian\t_\tJJ\t_\t2\tamod\t_\t_
                2\tstudents\tstudent\t_\tNNS\t_\t3\tnsubj\t_\t_
                3\tmarched\tmarch\t_\tVBD\t_\t0\troot\t_\t_
                4\tdemanding\tdemand\t_\tVBG\t_\t3\txcomp\t_\t_
                5\telections\telection\t_\tNNS\t_\t4\tobj\t_\t_
                """);
        List<Event> added = m.fuse(coder, missed, List.of());
        assertEquals(1, added.size(), added.toString());
        Event e = added.get(0);
        assertEquals("model:PROTEST", e.pattern());
        assertEquals("EGYEDU", e.source());
        assertEquals("1414", e.code(), "the model's protest (140) takes its purpose as a pattern's does: demanding elections");
        assertTrue(e.confidence() >= m.settings().add());
        assertTrue(e.explanation().contains("nearest examples"), e.explanation());
    }

    @Test
    void aModelEventComesFromTheReportedClauseNotTheReporter() {
        EventModel m = EventModel.train(new HashingEmbedder(), List.of(), toyExamples(), null);
        EventModel.Settings eager = new EventModel.Settings(0.0, 0.0, 2.0, 2.0, 2.0, 0.0, 0.5); // add, add_coded, add_unknown, none, overrule, min, alone
        // "Iraqi officials said gunmen shelled the village": the gunmen shelled, the officials only said so.
        AnnotatedDoc reported = doc("""
                1\tIraqi\tIraqi\t_\tJJ\t_\t2\tamod\t_\t_
                2\tofficials\tofficial\t_\tNNS\t_\t3\tnsubj\t_\t_
                3\tsaid\tsay\t_\tVBD\t_\t0\troot\t_\t_
                4\tgunmen\tgunman\t_\tNNS\t_\t5\tnsubj\t_\t_
                5\tkilled\tkill\t_\tVBD\t_\t3\tccomp\t_\t_
                6\tvillagers\tvillager\t_\tNNS\t_\t5\tobj\t_\t_
                """);
        List<Event> got = m.fuse(EventCoder.standard(false), reported, List.of(), eager);
        assertTrue(got.stream().noneMatch(e -> e.source().startsWith("IRQ")), got.toString());
        // With no actor at all the event is dropped, unless the model is sure enough to keep unknown actors.
        // "The village was shelled": no actor anywhere.
        AnnotatedDoc nobody = doc("""
                1\tThe\tthe\t_\tDT\t_\t2\tdet\t_\t_
                2\tvillage\tvillage\t_\tNN\t_\t4\tnsubj:pass\t_\t_
                3\twas\tbe\t_\tVBD\t_\t4\taux:pass\t_\t_
                4\tshelled\tshell\t_\tVBN\t_\t0\troot\t_\t_
                """);
        assertEquals("ASSAULT", m.classify(List.of("The village was shelled")).get(0).top());
        List<Event> dropped = m.fuse(EventCoder.standard(false), nobody, List.of(), new EventModel.Settings(0.0, 0.0, 2.0, 2.0, 2.0, 0.0, 0.5));
        assertTrue(dropped.isEmpty(), dropped.toString());
        List<Event> kept = m.fuse(EventCoder.standard(false), nobody, List.of(), new EventModel.Settings(0.0, 0.0, 0.0, 2.0, 2.0, 0.0, 0.5));
        assertEquals(1, kept.size(), kept.toString());
        assertEquals("", kept.get(0).source());
        assertEquals("model:ASSAULT", kept.get(0).pattern());
        assertTrue(kept.get(0).explanation().contains("model event, no actor"), kept.get(0).explanation());
    }

    @Test
    void theRealSentenceModelPutsLikeNearLike() {
        SentenceEmbedder emb = MiniLmEmbedder.shared();
        float[][] v = emb.embed(List.of("Rebels shelled the town, killing five civilians.", "Insurgents bombarded the city and killed villagers.",
                "The central bank raised interest rates."));
        assertEquals(384, v[0].length);
        assertTrue(cos(v[0], v[1]) > cos(v[0], v[2]) + 0.2, cos(v[0], v[1]) + " vs " + cos(v[0], v[2]));
    }

    private static double cos(float[] a, float[] b) {
        double d = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return d / Math.sqrt(na * nb);
    }
}
