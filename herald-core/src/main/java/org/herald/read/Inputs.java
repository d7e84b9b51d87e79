package org.herald.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns command-line inputs (files, directories, globs, "-" for stdin) into articles. A bad input is reported
 * and skipped; the others are still read.
 */
public final class Inputs {
    private static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".jsonl", ".ndjson", ".json", ".wire");

    private final InputFormat format;
    private final Optional<LocalDate> date;
    private final InputStream stdin;

    /** The longest article read by default, in characters: far beyond any news story (a long feature is 30,000). */
    public static final int DEFAULT_MAX_ARTICLE_CHARS = 200_000;

    private final int maxArticleChars;

    public Inputs(InputFormat format, Optional<LocalDate> date, InputStream stdin) {
        this(format, date, stdin, DEFAULT_MAX_ARTICLE_CHARS);
    }

    public Inputs(InputFormat format, Optional<LocalDate> date, InputStream stdin, int maxArticleChars) {
        if (maxArticleChars < 1) throw new IllegalArgumentException("the article limit must be positive, not " + maxArticleChars);
        this.format = format;
        this.date = date;
        this.stdin = stdin;
        this.maxArticleChars = maxArticleChars;
    }

    public ReadResult read(List<String> args) {
        List<ReadResult> parts = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                parts.add(readStdinText());
                continue;
            }
            List<Path> files = new ArrayList<>();
            Optional<InputError> err = expand(arg, files);
            err.ifPresent(e -> parts.add(new ReadResult(List.of(), List.of(e))));
            for (Path f : files) parts.add(readFile(f));
        }
        return ReadResult.merge(parts);
    }

    /** Reads one file; an unreadable or non-UTF-8 file becomes an error, not an exception. */
    public ReadResult readFile(Path f) {
        try {
            return readBytes(f.toString(), Files.readAllBytes(f));
        } catch (IOException e) {
            return new ReadResult(List.of(), List.of(new InputError(f.toString(), 0, "cannot read: " + e.getMessage())));
        }
    }

    /** Reads bytes of one input (a file, stdin, a request body): refused unless they are UTF-8 text. */
    public ReadResult readBytes(String source, byte[] bytes) {
        Utf8.Decoded d = Utf8.decode(bytes);
        if (!d.ok()) {
            // A file in another encoding (Latin-1, Windows-1252) is refused whole: coding part of it would mislead.
            int at = d.badOffset();
            return new ReadResult(List.of(), List.of(new InputError(source, lineOf(bytes, at),
                    String.format("not UTF-8 text (byte 0x%02X at byte offset %d); convert the file to UTF-8", bytes[at] & 0xFF, at))));
        }
        return readText(source, d.text());
    }

    /** The 1-based line of byte offset {@code at}. */
    private static int lineOf(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    /**
     * Reads the text of one input. A NUL byte means binary data: the input is refused, naming the line. Other control
     * characters (but tab, line and page breaks) become spaces. Articles longer than the cap are refused, by id.
     */
    public ReadResult readText(String source, String text) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        int nul = text.indexOf('\u0000');
        if (nul >= 0) {
            int line = 1;
            for (int i = 0; i < nul; i++) if (text.charAt(i) == '\n') line++;
            return new ReadResult(List.of(), List.of(new InputError(source, line, "binary data (a NUL byte), not text")));
        }
        text = CONTROL.matcher(text).replaceAll(" ");
        InputFormat f = format.resolve(source, text);
        ReadResult read = f.reader(date, source.equals("-") ? "stdin" : source).read(source, text);
        List<org.herald.model.Article> kept = new ArrayList<>();
        List<InputError> errors = new ArrayList<>(read.errors());
        for (org.herald.model.Article a : read.articles()) {
            int length = a.fullText().length();
            if (length > maxArticleChars) {
                errors.add(new InputError(source, 0, "article '" + a.id() + "' has " + length + " characters, over the limit of " + maxArticleChars
                        + " (split it, or raise --max-article-chars)"));
            } else {
                kept.add(a);
            }
        }
        return new ReadResult(kept, errors);
    }

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\x01-\\x08\\x0B\\x0E-\\x1F\\x7F]");

    private ReadResult readStdinText() {
        try {
            return readBytes("-", stdin.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<InputError> expand(String arg, List<Path> out) {
        if (arg.contains("*") || arg.contains("?") || arg.contains("[")) return glob(arg, out);
        Path p = Path.of(arg);
        if (Files.isDirectory(p)) {
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).filter(Inputs::isArticleFile).sorted().forEach(out::add);
            } catch (IOException e) {
                return Optional.of(new InputError(arg, 0, "cannot list directory: " + e.getMessage()));
            }
            if (out.isEmpty()) return Optional.of(new InputError(arg, 0, "directory has no " + ARTICLE_EXTENSIONS + " files"));
            return Optional.empty();
        }
        if (!Files.exists(p)) return Optional.of(new InputError(arg, 0, "no such file or directory"));
        out.add(p);
        return Optional.empty();
    }

    private static Optional<InputError> glob(String arg, List<Path> out) {
        // Walk from the longest directory prefix that has no wildcard.
        String norm = arg.replace('\\', '/');
        int wild = firstWildcard(norm);
        int slash = norm.lastIndexOf('/', wild);
        Path base = slash < 0 ? Path.of(".") : Path.of(norm.substring(0, Math.max(slash, 1)));
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + norm);
        if (!Files.isDirectory(base)) return Optional.of(new InputError(arg, 0, "no such directory: " + base));
        try (Stream<Path> walk = Files.walk(base)) {
            walk.filter(Files::isRegularFile)
                .filter(f -> m.matches(slash < 0 ? base.relativize(f) : f))
                .sorted().forEach(out::add);
        } catch (IOException e) {
            return Optional.of(new InputError(arg, 0, "cannot list: " + e.getMessage()));
        }
        return out.isEmpty() ? Optional.of(new InputError(arg, 0, "pattern matches no file")) : Optional.empty();
    }

    private static int firstWildcard(String s) {
        int best = s.length();
        for (char c : new char[] {'*', '?', '['}) {
            int i = s.indexOf(c);
            if (i >= 0 && i < best) best = i;
        }
        return best;
    }

    private static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && ARTICLE_EXTENSIONS.stream().anyMatch(n::endsWith);
    }
}
