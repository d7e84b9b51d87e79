package org.herald.cli;

import org.herald.pipeline.TimeBox;
import java.time.LocalDate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.herald.read.InputError;
import org.herald.read.InputFormat;
import org.herald.read.Inputs;
import org.herald.read.ReadResult;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Input arguments shared by the commands that read articles. */
final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files (wire text, JSON Lines, plain text, WARC web archives), directories, globs, or - for stdin.")
    List<String> inputs;

    @Option(names = "--input-format", defaultValue = "auto", description = "auto, wire, jsonl, text or warc (default: ${DEFAULT-VALUE}; auto knows a WARC file by its name or first bytes).",
            converter = FormatConverter.class)
    InputFormat format;

    @Option(names = "--date", description = "Date for plain-text inputs and JSON lines without one (YYYY-MM-DD).")
    LocalDate date;

    @Option(names = "--max-article-chars", defaultValue = "" + Inputs.DEFAULT_MAX_ARTICLE_CHARS,
            description = "Refuse (and report) articles longer than this many characters (default: ${DEFAULT-VALUE}).")
    int maxArticleChars = Inputs.DEFAULT_MAX_ARTICLE_CHARS;

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec command;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Skip (and report) an article whose coding takes longer than this (default: ${DEFAULT-VALUE}).")
    int articleTimeout = (int) TimeBox.DEFAULT.toSeconds();

    /** What code and ingest print for an article the time box stopped. */
    static String overTime(String articleId, TimeBox.OverTime e) {
        return "herald: skipped " + new org.herald.read.InputError(articleId, 0, e.getMessage() + " (raise --article-timeout)");
    }

    /** The per-article time limit; checked before any input is read. */
    Duration articleTimeout() {
        if (articleTimeout <= 0) throw new picocli.CommandLine.ParameterException(command.commandLine(), "--article-timeout must be positive");
        return Duration.ofSeconds(articleTimeout);
    }

    @Option(names = "--no-story-discards", description = "Code every story, also sports, entertainment and business news that only looks political (discarded by default, with the reason).")
    boolean noStoryDiscards;

    /** Herald's story discards, or none with --no-story-discards. */
    org.herald.pipeline.StoryDiscards storyDiscards() {
        return noStoryDiscards ? org.herald.pipeline.StoryDiscards.NONE : org.herald.pipeline.StoryDiscards.standard();
    }

    ReadResult read() {
        return new Inputs(format, Optional.ofNullable(date), System.in, maxArticleChars).read(inputs);
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
