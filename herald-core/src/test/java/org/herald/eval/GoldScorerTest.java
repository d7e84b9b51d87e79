package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.herald.model.Event;
import org.junit.jupiter.api.Test;

class GoldScorerTest {
    private static Event event(String src, String code, String tgt, String plover) {
        return new Event("r", 0, LocalDate.of(2000, 1, 1), src, src, tgt, tgt, code, code.substring(0, 2), "", 0, 1, plover, "",
                "p", "t", "evidence", "span", false, "", "");
    }

    private static GoldRecord gold(String json) throws Exception {
        return GoldRecord.parse(new ObjectMapper().readTree(json));
    }

    @Test
    void scoresRootCodeAndTripleLevels() throws Exception {
        GoldScorer s = new GoldScorer();
        s.add(gold("{\"id\":\"a\",\"date\":\"19950101\",\"text\":\"x\",\"expected\":[{\"source\":\"ARN\",\"target\":\"GON\",\"code\":\"064\"},"
                + "{\"source\":\"GON\",\"target\":\"---\",\"code\":\"111\"}]}"),
                List.of(event("ARN", "064", "GON", ""), event("GON", "112", "", "ACCUSE"), event("ARN", "190", "GON", "ASSAULT")));
        assertEquals(new Scores(2, 3, 2), s.root());
        assertEquals(new Scores(1, 3, 2), s.code());
        assertEquals(new Scores(1, 3, 2), s.triple());
        assertEquals(1.0, s.root().recall());
        assertEquals(1, s.misses().size());
        assertEquals(1, s.confusion().get("11").get("11"));
    }

    @Test
    void ploverTypeRecallPrecisionAndSource() throws Exception {
        PloverScorer p = new PloverScorer();
        p.add(gold("{\"id\":\"1\",\"date\":\"2000-01-01\",\"text\":\"x\",\"plover\":\"ACCUSE\",\"sources\":[\"JAP\"],\"targets\":[]}"),
                List.of(event("JAPGOV", "112", "CHN", "ACCUSE"), event("JAP", "010", "CHN", ""), event("JAP", "190", "CHN", "ASSAULT")));
        p.add(gold("{\"id\":\"2\",\"date\":\"2000-01-01\",\"text\":\"y\",\"plover\":\"AGREE\",\"sources\":[\"USA\"],\"targets\":[]}"),
                List.of(event("FRA", "030", "", "AGREE")));
        p.add(gold("{\"id\":\"3\",\"date\":\"2000-01-01\",\"text\":\"z\",\"plover\":\"PROTEST\",\"sources\":[],\"targets\":[]}"), List.of());
        assertEquals(2.0 / 3, p.typeRecall(), 1e-9);
        assertEquals(2.0 / 3, p.typePrecision(), 1e-9); // 01x has no PLOVER type and is not counted
        assertEquals(1.0 / 3, p.typeSourceRecall(), 1e-9);
        assertEquals(1, p.misses().size());
    }

    @Test
    void alternativesCountAndNoEventRecordsGiveTheNoEventRate() throws Exception {
        PloverScorer p = new PloverScorer();
        p.add(gold("{\"id\":\"a\",\"text\":\"x\",\"plover\":\"ASSAULT\",\"plover_alt\":[\"COERCE\"]}"),
                List.of(event("NGAMIL", "173", "", "COERCE")));
        p.add(gold("{\"id\":\"b\",\"text\":\"y\",\"plover\":\"PROTEST\",\"plover_alt\":[]}"),
                List.of(event("OPP", "190", "", "ASSAULT")));
        p.add(gold("{\"id\":\"c\",\"text\":\"flood\",\"plover\":null}"), List.of(event("---", "190", "", "ASSAULT")));
        p.add(gold("{\"id\":\"d\",\"text\":\"crash\",\"plover\":null}"), List.of(event("USA", "010", "", "")));
        assertEquals(2, p.records());
        assertEquals(0.5, p.typeRecall(), 1e-9);
        assertEquals(0.5, p.typePrecision(), 1e-9); // events of no-event records are not in precision
        assertEquals(2, p.noEventRecords());
        assertEquals(0.5, p.noEventRate(), 1e-9); // an untyped 010 is not a political event of a type
        assertEquals(1, p.falseAlarms().size());
        assertEquals(1, p.byType().get("ASSAULT").records());
        assertEquals(1, p.byType().get("ASSAULT").hits());
        assertEquals(2, p.byType().get("ASSAULT").events());
        assertEquals(0, p.byType().get("ASSAULT").correct());
        assertEquals(1, p.byType().get("COERCE").correct());
    }

    @Test
    void anInternationalNgoCountsAsTheGoldsIgo() throws Exception {
        PloverScorer p = new PloverScorer();
        p.add(gold("{\"id\":\"1\",\"text\":\"x\",\"plover\":\"ACCUSE\",\"sources\":[\"IGO\"]}"),
                List.of(event("NGOHRIAMN", "112", "USA", "ACCUSE")));
        p.add(gold("{\"id\":\"2\",\"text\":\"y\",\"plover\":\"ACCUSE\",\"sources\":[\"IGO\"]}"),
                List.of(event("USANGO", "112", "RUS", "ACCUSE")));
        assertEquals(0.5, p.typeSourceRecall(), 1e-9); // a country's NGO is that country's
        assertEquals("IGO", PloverScorer.country("NGOHLHIRC"));
        assertEquals("IRQ", PloverScorer.country("IRQUAF"));
    }
}
