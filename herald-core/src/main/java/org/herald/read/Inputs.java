package org.herald.read;

import java.io.BufferedInputStream;
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
    private static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".jsonl", ".ndjson", ".json", ".wire", ".warc", ".warc.gz");

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
        try (InputStream in = Files.newInputStream(f)) {
            return readStream(f.toString(), in);
        } catch (IOException e) {
            return new ReadResult(List.of(), List.of(new InputError(f.toString(), 0, "cannot read: " + e.getMessage())));
        }
    }

    /**
     * Reads one input from a stream (a file, stdin, a file of a distributed file system): a WARC file (by
     * {@code --input-format warc}, its name, or its first bytes, gzip-compressed or not) is streamed record by
     * record ({@link WebArchiveReader}); anything else is read whole as UTF-8 text. The stream is not closed.
     */
    public ReadResult readStream(String source, InputStream stream) throws IOException {
        BufferedInputStream in = new BufferedInputStream(stream, 1 << 16);
        boolean warc = format == InputFormat.WARC || format == InputFormat.AUTO && (isWarcName(source) || startsWarc(in));
        if (!warc) return readBytes(source, in.readAllBytes());
        ReadResult read = new WebArchiveReader().read(source, in);
        return admit(source, read.articles(), read.errors());
    }

    private static boolean isWarcName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    /** Peeks at the first bytes (inside a gzip member too) for "WARC/"; the stream is reset to where it was. */
    private static boolean startsWarc(BufferedInputStream in) throws IOException {
        in.mark(1 << 16);
        try {
            byte[] head = in.readNBytes(5);
            if (WebArchiveReader.looksLikeWarc(head, head.length)) return true;
            if (head.length < 2 || (head[0] & 0xFF) != 0x1F || (head[1] & 0xFF) != 0x8B) return false;
            in.reset();
            in.mark(1 << 16);
            // Never more than a few hundred compressed bytes are read for 5 inflated ones: within the mark.
            byte[] inner = new java.util.zip.GZIPInputStream(new NonClosing(in), 512).readNBytes(5);
            return WebArchiveReader.looksLikeWarc(inner, inner.length);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            return false;
        } finally {
            in.reset();
        }
    }

    /** Lets a peeking GZIPInputStream be dropped without closing the stream under it. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) { super(in); }
        @Override public void close() {}
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
        if (f == InputFormat.WARC) f = InputFormat.AUTO.resolve(source, text); // text is no WARC file: read it as what it is
        ReadResult read = f.reader(date, source.equals("-") ? "stdin" : source).read(source, text);
        return admit(source, read.articles(), read.errors());
    }

    /** The articles within the length cap; each one over it becomes an error naming its id. */
    private ReadResult admit(String source, List<org.herald.model.Article> articles, List<InputError> readErrors) {
        List<org.herald.model.Article> kept = new ArrayList<>();
        List<InputError> errors = new ArrayList<>(readErrors);
        for (org.herald.model.Article a : articles) {
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
            return readStream("-", stdin);
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

    /** A file directories and globs take as input: an article extension, not hidden. */
    public static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && ARTICLE_EXTENSIONS.stream().anyMatch(n::endsWith);
    }
}
