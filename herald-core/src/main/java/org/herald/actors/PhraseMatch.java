package org.herald.actors;

import java.util.List;

/** Tokens {@code from..to} (1-based, inclusive) of a sentence matched a dictionary phrase. */
public record PhraseMatch(int from, int to, List<DictionaryEntry> entries) {
    public boolean covers(int token) { return token >= from && token <= to; }
}
