package org.herald.read;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.model.Article;

/**
 * The wire format: a header line {@code " date YYYY-MM-DD ID"}, the headline on the next line, then body
 * paragraphs one per line. Several stories may follow each other in one file, each with its own header.
 */
public final class WireReader implements ArticleReader {
    static final Pattern HEADER = Pattern.compile("^\\s*date\\s+(\\S+)\\s+(\\S+)\\s*$");

    private final String defaultSource;

    public WireReader(String defaultSource) { this.defaultSource = defaultSource; }

    public static boolean looksLikeWire(String firstLine) {
        return HEADER.matcher(firstLine).matches();
    }

    @Override
    public ReadResult read(String source, String text) {
        List<Article> articles = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) i++;
        if (i < lines.length && !HEADER.matcher(lines[i]).matches()) {
            errors.add(new InputError(source, i + 1, "expected a header line ' date YYYY-MM-DD ID', got: " + abbreviate(lines[i])));
            while (i < lines.length && !HEADER.matcher(lines[i]).matches()) i++;
        }
        while (i < lines.length) {
            int headerLine = i + 1;
            Matcher m = HEADER.matcher(lines[i]);
            m.matches();
            i++;
            int start = i;
            while (i < lines.length && !HEADER.matcher(lines[i]).matches()) i++;
            LocalDate date;
            try {
                date = LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                errors.add(new InputError(source, headerLine, "bad date '" + m.group(1) + "' (want YYYY-MM-DD)"));
                continue;
            }
            String title = "";
            List<String> paragraphs = new ArrayList<>();
            for (int k = start; k < i; k++) {
                String line = lines[k].strip();
                if (line.isEmpty()) continue;
                if (title.isEmpty() && paragraphs.isEmpty()) title = line;
                else paragraphs.add(line);
            }
            if (title.isEmpty()) {
                errors.add(new InputError(source, headerLine, "story " + m.group(2) + " has no headline or body"));
                continue;
            }
            articles.add(new Article(m.group(2), date, defaultSource, title, String.join("\n\n", paragraphs)));
        }
        return new ReadResult(articles, errors);
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
