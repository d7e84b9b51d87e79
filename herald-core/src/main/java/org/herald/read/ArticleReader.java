package org.herald.read;

/** Reads the articles of one input text. Never throws on bad content: it reports an {@link InputError}. */
public sealed interface ArticleReader permits WireReader, JsonLinesReader, PlainTextReader {
    /** @param source the name used in errors (a path, or "-" for stdin) */
    ReadResult read(String source, String text);
}
