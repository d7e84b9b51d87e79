package org.herald.cli;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.herald.pipeline.StoryDiscards;
import org.herald.pipeline.TimeBox;
import org.herald.read.InputError;
import org.herald.read.InputFormat;
import org.herald.read.Inputs;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What each article may cost and whether it is coded at all: the options of every command that codes articles (code,
 * ingest, watch; parse too, for its reader). One copy of the options, their checks and the reader and pipeline
 * settings built from them, apart from the inputs ({@link InputOptions}), which watch has not.
 */
final class ArticleOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--max-article-chars", defaultValue = "" + Inputs.DEFAULT_MAX_ARTICLE_CHARS,
            description = "Refuse (and report) articles longer than this many characters (default: ${DEFAULT-VALUE}).")
    int maxArticleChars = Inputs.DEFAULT_MAX_ARTICLE_CHARS;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Skip (and report) an article whose coding takes longer than this (default: ${DEFAULT-VALUE}).")
    int articleTimeout = (int) TimeBox.DEFAULT.toSeconds();

    @Option(names = "--no-story-discards", description = "Code every story, also sports, entertainment and business news that only looks political (discarded by default, with the reason).")
    boolean noStoryDiscards;

    /** The per-article time limit; a usage error when not positive, so commands check it before reading any input. */
    Duration articleTimeout() {
        if (articleTimeout <= 0) throw new ParameterException(command.commandLine(), "--article-timeout must be positive");
        return Duration.ofSeconds(articleTimeout);
    }

    /** Herald's story discards, or none with --no-story-discards. */
    StoryDiscards storyDiscards() {
        return noStoryDiscards ? StoryDiscards.NONE : StoryDiscards.standard();
    }

    /** The reader of articles, refusing those over --max-article-chars (a limit that is not positive is refused by it). */
    Inputs reader(InputFormat format, Optional<LocalDate> date, InputStream stdin) {
        return new Inputs(format, date, stdin, maxArticleChars);
    }

    /** What a command prints for an article the time box stopped. */
    static String overTime(String articleId, TimeBox.OverTime e) {
        return "herald: skipped " + new InputError(articleId, 0, e.getMessage() + " (raise --article-timeout)");
    }
}
