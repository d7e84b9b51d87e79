package org.herald.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.herald.read.InputError;
import org.herald.read.InputFormat;
import org.herald.read.ReadResult;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs of the commands that read articles from files or stdin (code, ingest, parse); each of them mixes in
 * {@link ArticleOptions} beside these, whose size limit the reader applies.
 */
final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files (wire text, JSON Lines, plain text, WARC web archives), directories, globs, or - for stdin.")
    List<String> inputs;

    @Option(names = "--input-format", defaultValue = "auto", description = "auto, wire, jsonl, text or warc (default: ${DEFAULT-VALUE}; auto knows a WARC file by its name or first bytes).",
            converter = FormatConverter.class)
    InputFormat format;

    @Option(names = "--date", description = "Date for plain-text inputs and JSON lines without one (YYYY-MM-DD).")
    LocalDate date;

    /** Reads every input with the reader {@code article} settles (its --max-article-chars). */
    ReadResult read(ArticleOptions article) {
        return article.reader(format, Optional.ofNullable(date), System.in).read(inputs);
    }

    /** Prints each input error on stderr; returns the exit status (1 if anything was skipped). */
    int reportErrors(List<InputError> errors) {
        for (InputError e : errors) System.err.println("herald: skipped " + e);
        return errors.isEmpty() ? 0 : 1;
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<InputFormat> {
        @Override public InputFormat convert(String value) { return InputFormat.parse(value); }
    }
}
