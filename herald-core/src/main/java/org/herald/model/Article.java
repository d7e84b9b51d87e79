package org.herald.model;

import java.time.LocalDate;
import java.util.Objects;

/** One news story as read from input: the unit that is annotated, coded and stored. */
public record Article(String id, LocalDate date, String source, String title, String body) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        source = source == null ? "" : source;
        title = title == null ? "" : title;
        body = body == null ? "" : body;
    }

    /** Headline and body as one text; the headline is its own paragraph so it splits as its own sentence. */
    public String fullText() {
        return title.isBlank() ? body : title.strip() + "\n\n" + body;
    }
}
