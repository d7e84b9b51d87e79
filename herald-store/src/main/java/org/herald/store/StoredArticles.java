package org.herald.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.herald.model.Article;

/** Reads of the stored articles themselves, each on a reader connection in its own transaction, like the events. */
final class StoredArticles {
    private final ReaderPool readers;

    StoredArticles(ReaderPool readers) {
        this.readers = readers;
    }

    /** True when the store holds this very article (same id and content). */
    boolean isCurrent(Article a) {
        return readers.read("look-up of article " + a.id(), c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT content_hash FROM articles WHERE id = ?")) {
                ps.setString(1, a.id());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getString(1).equals(EventStore.contentHash(a));
                }
            }
        });
    }

    Optional<Article> article(String id) {
        return readers.read("read of article " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, date, source, title, body FROM articles WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    return Optional.of(new Article(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        });
    }

    /** Why a stored article was not coded (a story discard), or empty when it was coded or is not stored. */
    Optional<String> discardReason(String id) {
        return readers.read("read of article " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT discarded FROM articles WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }
}
