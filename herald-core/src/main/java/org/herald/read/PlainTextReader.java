package org.herald.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.herald.model.Article;

/** A plain text file is one article; its id is the file name and its date must be given (--date). */
public final class PlainTextReader implements ArticleReader {
    private final Optional<LocalDate> date;

    public PlainTextReader(Optional<LocalDate> date) { this.date = date; }

    @Override
    public ReadResult read(String source, String text) {
        if (text.isBlank()) {
            return new ReadResult(List.of(), List.of(new InputError(source, 0, "empty file")));
        }
        if (date.isEmpty()) {
            return new ReadResult(List.of(), List.of(new InputError(source, 1,
                    "plain text has no date: pass --date YYYY-MM-DD (or use the ' date YYYY-MM-DD ID' wire header)")));
        }
        String name = source.replaceAll(".*[/\\\\]", "").replaceFirst("\\.[^.]*$", "");
        return new ReadResult(List.of(new Article(name, date.get(), "", "", text.strip())), List.of());
    }
}
