package org.herald.cli;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.herald.store.EventStore;
import org.herald.store.StoreException;
import org.herald.store.merge.MergeCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** herald dedup: how mentions merge into real events and which articles are near-duplicates; or merge again. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = "One record per real event: --report prints the store's counts before and after merging (articles, near-duplicates, "
                + "mentions, real events); --rebuild merges every mention and flags every near-duplicate again (after changing the rules "
                + "under herald/store/merge, or on a store from before merging).")
final class DedupCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Option(names = "--report", description = "Print counts before and after merging.")
    boolean report;

    @Option(names = "--rebuild", description = "Merge the whole store again, in one transaction.")
    boolean rebuild;

    @Override
    public Integer call() {
        if (!report && !rebuild) {
            System.err.println("herald: dedup needs --report, --rebuild or both");
            return 2;
        }
        // A store is only read or rebuilt here: a mistyped path must not leave an empty new store behind.
        if (!Files.isRegularFile(store.path())) {
            System.err.println("herald: no store at " + store.path() + " (give --db FILE of a store made by herald ingest)");
            return 2;
        }
        try (EventStore s = store.open()) {
            MergeCounts before = s.mergeCounts();
            if (!rebuild) {
                System.out.print(table(List.of("before merging", "after merging"), List.of(unmerged(before), before)));
                return 0;
            }
            long t0 = System.nanoTime();
            MergeCounts after = s.rebuildMerges();
            System.err.printf(Locale.ROOT, "herald: rebuilt the merged events of %s in %.1f s%n", store.path(), (System.nanoTime() - t0) / 1e9);
            if (report) System.out.print(table(List.of("before merging", "stored before", "after rebuild"), List.of(unmerged(before), before, after)));
            else System.out.printf(Locale.ROOT, "%d mentions -> %d real events (was %d), %d near-duplicate articles (was %d)%n", after.mentions(),
                    after.realEvents(), before.realEvents(), after.nearDuplicates(), before.nearDuplicates());
            return 0;
        } catch (StoreException e) {
            System.err.println("herald: " + e.getMessage());
            return 1;
        }
    }

    /** The same store as if nothing were merged: every mention its own record, no article flagged. */
    static MergeCounts unmerged(MergeCounts c) {
        return new MergeCounts(c.articles(), 0, c.mentions(), c.mentions(), 0, 0, 0);
    }

    static String table(List<String> headings, List<MergeCounts> columns) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("articles", columns, MergeCounts::articles));
        rows.add(row("  near-duplicates flagged", columns, MergeCounts::nearDuplicates));
        rows.add(row("mentions (coded events)", columns, MergeCounts::mentions));
        rows.add(row("event records", columns, MergeCounts::realEvents));
        rows.add(row("  with 2+ mentions", columns, MergeCounts::multiMention));
        rows.add(row("  with 2+ articles", columns, MergeCounts::multiArticle));
        rows.add(row("  with 2+ sources", columns, MergeCounts::multiSource));
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-26s", ""));
        for (String h : headings) b.append(String.format(Locale.ROOT, "%16s", h));
        b.append('\n');
        for (String[] r : rows) {
            b.append(String.format(Locale.ROOT, "%-26s", r[0]));
            for (int i = 1; i < r.length; i++) b.append(String.format(Locale.ROOT, "%16s", r[i]));
            b.append('\n');
        }
        return b.toString();
    }

    private static String[] row(String name, List<MergeCounts> columns, java.util.function.ToLongFunction<MergeCounts> f) {
        String[] r = new String[columns.size() + 1];
        r[0] = name;
        for (int i = 0; i < columns.size(); i++) r[i + 1] = String.format(Locale.ROOT, "%,d", f.applyAsLong(columns.get(i)));
        return r;
    }
}
