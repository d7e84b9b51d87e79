package org.herald.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * How the gazetteer compares place names: a key without case, accents, dots, apostrophes or hyphens, and a fold that
 * also irons out transliteration ("Ar Raqqah" and "Raqqa"). One pass over each name, no regular expressions on the way:
 * the gazetteer keys some 300,000 names when it loads.
 */
public final class PlaceNames {
    private PlaceNames() {}

    /**
     * Lowercase, accents, dots and apostrophes removed, inner spaces and hyphens as one space, "Saint" as "St", no leading "the":
     * "São Paulo" and "sao-paulo", "St. Petersburg" and "Saint Petersburg" meet.
     */
    public static String key(String name) {
        String n = name;
        for (int i = 0; i < n.length(); i++) {
            if (n.charAt(i) > 127) {
                n = MARKS.matcher(Normalizer.normalize(n, Normalizer.Form.NFD)).replaceAll("");
                break;
            }
        }
        n = n.toLowerCase(Locale.ROOT);
        // One pass, no regular expressions: the gazetteer keys some 300,000 names at start-up.
        StringBuilder b = new StringBuilder(n.length());
        boolean gap = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            // Dots and apostrophes: "St. Louis", and "Sāmarrā’" as news writes it, "Samarra".
            if (c == '.' || FOLD_MARKS.indexOf(c) >= 0) continue;
            if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                gap = true;
                continue;
            }
            if (gap && b.length() > 0) b.append(' ');
            gap = false;
            b.append(c);
        }
        saint(b, "saint", "st");
        saint(b, "sainte", "ste");
        n = b.toString().strip();
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    /** Replaces the whole word {@code word} (word characters as in regular expressions' \\b) by {@code by}. */
    private static void saint(StringBuilder b, String word, String by) {
        int at = b.indexOf(word);
        while (at >= 0) {
            int end = at + word.length();
            if ((at == 0 || !wordChar(b.charAt(at - 1))) && (end == b.length() || !wordChar(b.charAt(end)))) {
                b.replace(at, end, by);
                end = at + by.length();
            }
            at = b.indexOf(word, end);
        }
    }

    private static boolean wordChar(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final Set<String> ARTICLES = Set.of("al", "el", "as", "ad", "ar", "ash", "az", "an", "at", "ath");

    /** "al anbar" -> "anbar": news often drops the Arabic article that official names keep. */
    static String withoutArticle(String k) {
        int space = k.indexOf(' ');
        return space > 0 && ARTICLES.contains(k.substring(0, space)) ? k.substring(space + 1) : k;
    }

    /**
     * A name with the differences of transliteration folded away: no apostrophes, articles (al-, el-, la...) or "and",
     * "ou" as "u", "y" as "i", a final "ah" as "a", doubled letters as one. "Ar Raqqah" and "Raqqa", "Groznyy" and
     * "Grozny", "Mek'ele" and "Mekelle", "Sistan and Baluchestan" and "Sistan-Baluchestan" meet.
     */
    static String fold(String key) {
        StringBuilder out = new StringBuilder(key.length());
        int i = 0;
        while (i < key.length()) {
            int end = key.indexOf(' ', i);
            if (end < 0) end = key.length();
            StringBuilder w = new StringBuilder(end - i);
            for (int j = i; j < end; j++) {
                char c = key.charAt(j);
                if (FOLD_MARKS.indexOf(c) < 0) w.append(c);
            }
            i = end + 1;
            if (w.length() == 0 || FOLD_DROPPED.contains(w.toString())) continue;
            String s = w.toString().replace("ou", "u").replace('y', 'i');
            if (s.endsWith("ah") && s.length() > 3) s = s.substring(0, s.length() - 1);
            if (out.length() > 0) out.append(' ');
            char last = 0;
            for (int j = 0; j < s.length(); j++) {
                char c = s.charAt(j);
                if (j > 0 && c == last) continue;
                out.append(c);
                last = c;
            }
        }
        return out.toString();
    }

    private static final String FOLD_MARKS = "'`\u02BF\u02BE\u02BC\u2018\u2019.";
    private static final Set<String> FOLD_DROPPED = Set.of("al", "el", "ar", "as", "ad", "ash", "az", "an", "at", "la", "le", "les", "los", "las",
            "and", "the", "of", "de", "del");
}
