package org.herald.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped notes load, and the README's table of excluded records is exactly exclusions.tsv. */
class PetrarchNotesTest {
    @Test
    void readmeListsExactlyTheExcludedRecords() throws Exception {
        PetrarchNotes notes = PetrarchNotes.load();
        assertFalse(notes.exclusions().isEmpty());
        notes.failures().keySet().forEach(id -> assertFalse(notes.exclusions().containsKey(id), id));
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("| record | why Herald does not reproduce it |");
        assertTrue(start >= 0, "README has no table of excluded records");
        int end = readme.indexOf("\n\n", start);
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\| ([A-Z0-9][A-Za-z0-9-]*) \\|").matcher(readme.substring(start, end));
        while (m.find()) listed.add(m.group(1));
        assertEquals(new TreeSet<>(notes.exclusions().keySet()), listed);
    }
}
