package org.herald.read;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Article;

/** What a reader got out of one input: the articles it could read and an error for each part it could not. */
public record ReadResult(List<Article> articles, List<InputError> errors) {
    public ReadResult {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
    }

    public static ReadResult merge(List<ReadResult> parts) {
        List<Article> a = new ArrayList<>();
        List<InputError> e = new ArrayList<>();
        for (ReadResult r : parts) {
            a.addAll(r.articles());
            e.addAll(r.errors());
        }
        return new ReadResult(a, e);
    }
}
