package org.herald.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.herald.model.Article;
import org.herald.read.InputError;
import org.herald.read.Inputs;
import org.herald.read.ReadResult;
import org.herald.store.SeenUrls;

/**
 * Watches a directory (and those below it) for article files by polling, which works the same on local, network and
 * container file systems. A file is read once its size and modification time have held still for {@code settle}
 * between two looks, so a file still being written is never read half-way; names a writer uses while writing
 * ({@code .name}, {@code name.part}, {@code name.tmp}) are never read, so writing under such a name and renaming
 * when done is the safe way to drop files in. A file read is remembered in the store by its file: URL with its size
 * and modification time; it is read again only when they change (re-ingesting the same articles changes nothing).
 */
public final class DirectoryWatcher {
    /** What one look did: files read, articles taken, errors reported, files not yet settled. */
    public record Pass(int files, int articles, int errors, int unsettled) {}

    private record Look(long size, long modified, long since) {}

    private static final List<String> WRITING = List.of(".part", ".tmp", ".partial", ".crdownload", ".download");

    private final Path dir;
    private final Inputs inputs;
    private final SeenUrls seen;
    private final ArticleSink sink;
    private final Consumer<String> log;
    private final Duration settle;
    private final Map<Path, Look> pending = new HashMap<>();
    /** Files known read, by key, with the fingerprint they were read at: spares a store query per file per look. */
    private final Map<String, String> known = new HashMap<>();

    public DirectoryWatcher(Path dir, Inputs inputs, SeenUrls seen, ArticleSink sink, Consumer<String> log, Duration settle) {
        this.dir = dir;
        this.inputs = inputs;
        this.seen = seen;
        this.sink = sink;
        this.log = log;
        this.settle = settle;
    }

    public Path dir() { return dir; }

    /** One look at the directory: reads the files that settled since the last look. */
    public Pass look() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(DirectoryWatcher::wanted).sorted().toList();
        }
        pending.keySet().retainAll(files);
        int read = 0, articles = 0, errors = 0, unsettled = 0;
        for (Path f : files) {
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(f, BasicFileAttributes.class);
            } catch (IOException e) {
                continue; // gone between the listing and now
            }
            String key = f.toAbsolutePath().normalize().toUri().toString();
            String fingerprint = attrs.size() + " bytes, modified " + attrs.lastModifiedTime();
            if (fingerprint.equals(known.get(key))) continue;
            if (!known.containsKey(key) && seen.get(key).filter(s -> s.detail().startsWith(fingerprint + ";")).isPresent()) {
                known.put(key, fingerprint);
                continue;
            }
            long now = System.nanoTime();
            Look before = pending.get(f);
            if (before == null || before.size() != attrs.size() || before.modified() != attrs.lastModifiedTime().toMillis()) {
                pending.put(f, new Look(attrs.size(), attrs.lastModifiedTime().toMillis(), now));
                unsettled++;
                continue;
            }
            if (now - before.since() < settle.toNanos()) {
                unsettled++;
                continue;
            }
            pending.remove(f);
            int[] counts = read(f, key, fingerprint);
            read++;
            articles += counts[0];
            errors += counts[1];
        }
        return new Pass(read, articles, errors, unsettled);
    }

    private int[] read(Path f, String key, String fingerprint) {
        ReadResult r = inputs.readFile(f);
        int errors = r.errors().size();
        for (InputError e : r.errors()) log.accept("skipped " + e);
        int taken = 0;
        for (Article a : r.articles()) {
            try {
                log.accept(a.id() + ": " + sink.take(a));
                taken++;
            } catch (RuntimeException e) {
                errors++;
                log.accept("skipped " + new InputError(a.id(), 0, "could not be coded: " + e.getMessage()));
            }
        }
        String outcome = taken > 0 || errors == 0 ? SeenUrls.INGESTED : SeenUrls.REFUSED;
        seen.mark(key, outcome, fingerprint + "; " + taken + " articles, " + errors + " errors", null, null);
        known.put(key, fingerprint);
        return new int[] {taken, errors};
    }

    /** Article files, and none a writer is still writing under a temporary name. */
    static boolean wanted(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Inputs.isArticleFile(p) && WRITING.stream().noneMatch(n::endsWith);
    }
}
