package org.herald.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herald.dict.DictionaryException;

/** The lines of a PETRARCH dictionary with comments ('#', '<!-- -->' lines) removed; line numbers kept. */
final class DictLines {
    record Line(int number, String text, boolean indented) {}

    private DictLines() {}

    static List<Line> read(Path file) {
        List<String> raw;
        try {
            raw = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new DictionaryException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
        List<Line> out = new ArrayList<>();
        boolean inComment = false;
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            String t = line.strip();
            if (inComment) {
                if (t.contains("-->")) inComment = false;
                continue;
            }
            if (t.startsWith("<!--")) {
                if (!t.contains("-->")) inComment = true;
                continue;
            }
            int hash = commentStart(line);
            if (hash >= 0) line = line.substring(0, hash);
            int semi = line.indexOf(';');
            if (semi >= 0 && !line.strip().startsWith("~")) line = line.substring(0, semi);
            if (line.isBlank()) continue;
            out.add(new Line(i + 1, line.strip(), Character.isWhitespace(line.charAt(0))));
        }
        return out;
    }

    /** Where a '#' comment starts, ignoring '#' inside [codes] such as PETRARCH's "[###]". */
    static int commentStart(String line) {
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '[') depth++;
            else if (c == ']') depth = Math.max(0, depth - 1);
            else if (c == '#' && depth == 0) return i;
        }
        return -1;
    }

    /** "SOUTH_AFRICA_" / "ARGENTIN" -> words; {@code exact} when the phrase ended with '_' (no stem matching). */
    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.replace('_', ' ').strip().split("\\s+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    static boolean exact(String phrase) {
        return phrase.strip().endsWith("_");
    }
}
