package org.herald.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.herald.dict.DictionaryException;
import org.herald.testing.Parses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryTest {
    private static final ActorDictionary DICT = ActorDictionary.standard();

    private static List<String> codes(String date, String spec, int head) {
        var sa = new ActorResolver(DICT, LocalDate.parse(date)).resolve(Parses.sentence(spec));
        return sa.argument(head).stream().map(a -> a.code().code()).toList();
    }

    @Test
    void everyUnMemberHasACountryEntry() {
        for (String iso3 : List.of("RUS", "IRN", "USA", "ISR", "CHN", "FRA", "GBR", "BRA", "NGA", "VAT", "PSE", "TUV", "SSD")) {
            assertTrue(DICT.isCountry(iso3), iso3);
        }
    }

    @Test
    void namesDemonymsCapitalsAndSeats() {
        assertEquals(List.of("RUSGOV"), codes("2026-01-17", "Moscow/NNP/2/nsubj said:say/VBD/0/root", 1));
        assertEquals(List.of("RUSGOV"), codes("2026-01-17", "the/DT/2/det Kremlin/NNP/3/nsubj said:say/VBD/0/root", 2));
        assertEquals(List.of("IRNGOV"), codes("2026-01-17", "Iranian/JJ/2/amod authorities:authority/NNS/3/nsubj said:say/VBD/0/root", 2));
        assertEquals(List.of("USA"), codes("2026-01-17", "American/JJ/2/amod threats:threat/NNS/0/root", 2));
        assertEquals(List.of("RUSGOV"), codes("2026-01-17",
                "Russia/NNP/4/nmod:poss 's/POS/1/case Foreign/NNP/4/compound Ministry/NNP/5/nsubj said:say/VBD/0/root", 4));
        assertEquals(List.of("IGOUNO"), codes("2026-01-17", "the/DT/2/det UN/NNP/3/nsubj said:say/VBD/0/root", 2));
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertEquals(List.of(), codes("2026-01-17", "us/PRP/2/obj told:tell/VBD/0/root", 1));
        assertEquals(List.of("USA"), codes("2026-01-17", "US/NNP/2/nsubj told:tell/VBD/0/root", 1));
    }

    @Test
    void ownersDoNotPassToRelationalNouns() {
        assertEquals(List.of(), codes("2026-01-17", "Iran/NNP/3/nmod:poss 's/POS/1/case partners:partner/NNS/4/nsubj met:meet/VBD/0/root", 3));
    }

    @Test
    void leaderCodesFollowTheArticleDate(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("leaders.tsv"), "name\taliases\tcode\tfrom\tto\trole\n"
                + "Ana Testa\tTesta\tFRAGOV\t2010-01-01\t2012-12-31\tpresident\n"
                + "Ana Testa\tTesta\tIGOUNO\t2015-01-01\t\tsecretary-general\n");
        ActorDictionary d = ActorDictionary.fromDirectory(dir);
        String s = "Testa/NNP/2/nsubj spoke:speak/VBD/0/root";
        assertEquals("FRAGOV", new ActorResolver(d, LocalDate.parse("2011-06-01")).resolve(Parses.sentence(s)).argument(1).get(0).code().code());
        assertEquals("IGOUNO", new ActorResolver(d, LocalDate.parse("2020-06-01")).resolve(Parses.sentence(s)).argument(1).get(0).code().code());
        // Between stints she holds no office: one of the elites of her nearest stint's country (as PETRARCH codes former leaders).
        assertEquals("FRAELI", new ActorResolver(d, LocalDate.parse("2013-06-01")).resolve(Parses.sentence(s)).argument(1).get(0).code().code());
        assertEquals("FRAELI", new ActorResolver(d, LocalDate.parse("2001-06-01")).resolve(Parses.sentence(s)).argument(1).get(0).code().code());
    }

    @Test
    void pronounsAndCollectivesUseEarlierActors() {
        ActorResolver r = new ActorResolver(DICT, LocalDate.parse("2026-01-17"));
        r.resolve(Parses.sentence("Putin/NNP/2/nsubj met:meet/VBD/0/root Netanyahu/NNP/2/obj"));
        var s2 = r.resolve(Parses.sentence("He/PRP/2/nsubj left:leave/VBD/0/root"));
        assertEquals("RUSGOV", s2.argument(1).get(0).code().code(), "the subject of the last sentence is the antecedent");
        var s3 = r.resolve(Parses.sentence("Both/DT/2/det leaders:leader/NNS/3/nsubj agreed:agree/VBD/0/root"));
        assertEquals(List.of("ISRGOV", "RUSGOV"), s3.argument(2).stream().map(a -> a.code().code()).sorted().toList());
        var s4 = r.resolve(Parses.sentence("Both/DT/2/det nations:nation/NNS/3/nsubj agreed:agree/VBD/0/root"));
        assertTrue(s4.argument(2).isEmpty(), "no two countries were named: " + s4.argument(2));
    }

    @Test
    void loadErrorsNameFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("leaders.tsv"), "name\taliases\tcode\tfrom\tto\trole\n# comment\nX Y\t\tFRAGOV\t2010-13-01\t\tpresident\n");
        DictionaryException e = assertThrows(DictionaryException.class, () -> ActorDictionary.fromDirectory(dir));
        assertTrue(e.getMessage().endsWith("leaders.tsv:3: bad from date '2010-13-01' (want YYYY-MM-DD)"), e.getMessage());
        Files.delete(dir.resolve("leaders.tsv"));
        Files.writeString(dir.resolve("countries.tsv"), "code\tnames\tadjectives\tcapitals\tseats\nRussia\tRussia\t\t\t\n");
        e = assertThrows(DictionaryException.class, () -> ActorDictionary.fromDirectory(dir));
        assertEquals(2, e.line());
    }

    @Test
    void namedGroupsChangeCodeWithTheDateAndAreNotPersons(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("groups.tsv"), "name\taliases\tcode\tcountry\ttype\tfrom\tto\n"
                + "Taliban\tthe Taliban\tAFGINS\tAFG\tINS\t\t2021-08-14\n"
                + "Taliban\tthe Taliban\tAFGGOV\tAFG\tGOV\t2021-08-15\t\n"
                + "Doctors Without Borders\tMSF\tNGOHLHMSF\t\tNGO\t\t\n");
        ActorDictionary d = ActorDictionary.fromDirectory(dir);
        String s = "Taliban/NNP/2/nsubj attacked:attack/VBD/0/root";
        assertEquals("AFGINS", new ActorResolver(d, LocalDate.parse("2019-06-01")).resolve(Parses.sentence(s)).argument(1).get(0).code().code());
        Actor ruling = new ActorResolver(d, LocalDate.parse("2023-06-01")).resolve(Parses.sentence(s)).argument(1).get(0);
        assertEquals("AFGGOV", ruling.code().code());
        assertTrue(!ruling.person(), "a group is not a person");
        assertEquals("NGOHLHMSF", new ActorResolver(d, LocalDate.parse("2023-06-01"))
                .resolve(Parses.sentence("MSF/NNP/2/nsubj said:say/VBD/0/root")).argument(1).get(0).code().code());
    }

    @Test
    void groupRowsAreChecked(@TempDir Path dir) throws Exception {
        String header = "name\taliases\tcode\tcountry\ttype\tfrom\tto\n";
        Files.writeString(dir.resolve("groups.tsv"), header + "Boko Haram\t\tNGAINS\tNER\tINS\t\t\n");
        DictionaryException e = assertThrows(DictionaryException.class, () -> ActorDictionary.fromDirectory(dir));
        assertTrue(e.getMessage().endsWith("groups.tsv:2: code NGAINS does not start with its country NER"), e.getMessage());
        Files.writeString(dir.resolve("groups.tsv"), header + "Boko Haram\t\tNGAINS\tNGA\tXYZ\t\t\n");
        e = assertThrows(DictionaryException.class, () -> ActorDictionary.fromDirectory(dir));
        assertTrue(e.getMessage().contains("groups.tsv:2: type 'XYZ'"), e.getMessage());
    }
}
