package org.herald.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.herald.dict.DictionaryException;
import org.herald.dict.TsvTable;
import org.herald.events.EventCoder;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.junit.jupiter.api.Test;

/** Sports, entertainment and business stories that only look political are not coded; political ones always are. */
class StoryDiscardsTest {
    static Optional<String> reason(String title, String body) {
        return StoryDiscards.standard().reason(new Article("s1", LocalDate.of(2026, 1, 17), "wire", title, body));
    }

    @Test
    void storiesOfOtherDomainsAreDiscardedWithTheirReason() {
        assertEquals(Optional.of("sports story: Celtics, Lakers"),
                reason("Lakers crush Celtics", "The Lakers beat the Celtics 112-98 on Sunday to go top of the NBA's Western Conference."));
        assertEquals(Optional.of("business story: tablet market, Apple"),
                reason("Apple attacks the tablet market", "Apple unveiled a cheaper model on Tuesday, undercutting its rivals."));
        assertEquals(Optional.of("entertainment story: Oscars, film"),
                reason("Oscars: period drama sweeps the board", "The film took five awards, including best picture."));
    }

    @Test
    void aPoliticalTermOrASingleTermKeepsTheStory() {
        assertEquals(Optional.empty(), reason("Fans clash after derby", "Football fans clashed with police after the match in Cairo; 30 were arrested."));
        assertEquals(Optional.empty(), reason("EU fines Google", "The European Union fined Google 4 billion euros; its shares fell 2%."));
        assertEquals(Optional.empty(), reason("Government bans concert", "The government banned a concert by a dissident singer."));
        assertEquals(Optional.empty(), reason("Talks resume", "Delegations met in Geneva for a new round of talks over the match."), "one sports word is not a story");
        assertEquals(Optional.empty(), reason("Harvest", "Farmers say the apple and pear harvest was poor; sales fell."), "apple is no name");
        assertEquals(Optional.empty(), StoryDiscards.NONE.reason(new Article("x", LocalDate.of(2026, 1, 1), "", "Lakers crush Celtics", "NBA")));
    }

    @Test
    void onlyTheLeadDecides() {
        String filler = "Delegations met in Geneva for talks. ".repeat(20);
        assertEquals(Optional.empty(), reason("Talks resume", filler + "Later the Lakers played the Celtics in the NBA."));
    }

    @Test
    void aDiscardedStoryIsNeverParsedAndSaysWhy() {
        HeraldPipeline p = new HeraldPipeline(a -> {
            throw new AssertionError("a discarded story must not reach the parser");
        }, EventCoder.standard(false));
        CodedArticle c = p.codeArticle(new Article("s1", LocalDate.of(2026, 1, 17), "wire", "Lakers crush Celtics", "The Lakers beat the Celtics in the NBA."));
        assertTrue(c.isDiscarded());
        assertEquals("sports story: Celtics, Lakers", c.discarded());
        assertEquals(List.of(), c.events());
    }

    @Test
    void badLinesAreNamedByFileAndLine() {
        DictionaryException e = assertThrows(DictionaryException.class,
                () -> StoryDiscards.of(TsvTable.parse("d.tsv", "domain\tterm\nsports\tNBA\nweather\train\n", "domain", "term")));
        assertTrue(e.getMessage().contains("d.tsv:3") && e.getMessage().contains("unknown domain 'weather'"), e.getMessage());
        DictionaryException empty = assertThrows(DictionaryException.class,
                () -> StoryDiscards.of(TsvTable.parse("d.tsv", "domain\tterm\nsports\t \n", "domain", "term")));
        assertTrue(empty.getMessage().contains("d.tsv:2"), empty.getMessage());
    }
}
