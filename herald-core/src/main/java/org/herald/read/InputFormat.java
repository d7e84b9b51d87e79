package org.herald.read;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** How to read an input; AUTO decides per file from its extension and first line. */
public enum InputFormat {
    AUTO, WIRE, JSONL, TEXT,
    /** Web archives: binary, read from a stream by {@link Inputs#readStream} with {@link WebArchiveReader}, never as text. */
    WARC;

    public static InputFormat parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /** The concrete format for one input: by extension first, then by sniffing the first non-blank line. */
    public InputFormat resolve(String name, String text) {
        if (this != AUTO) return this;
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) return JSONL;
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (WireReader.looksLikeWire(first)) return WIRE;
        if (first.stripLeading().startsWith("{")) return JSONL;
        return TEXT;
    }

    public ArticleReader reader(Optional<LocalDate> date, String sourceName) {
        return switch (this) {
            case WIRE -> new WireReader(sourceName);
            case JSONL -> new JsonLinesReader(date);
            case TEXT -> new PlainTextReader(date);
            case AUTO -> throw new IllegalStateException("resolve AUTO first");
            case WARC -> throw new IllegalStateException("a WARC file is read from its bytes (Inputs.readStream), not as text");
        };
    }
}
