package org.herald.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.herald.store.merge.ArticleSignatures;
import org.herald.store.merge.NearDuplicates;
import scala.Tuple2;

/**
 * Near-duplicate articles flagged as the store flags them ({@link NearDuplicates}: java-lsh's MinHash signatures of
 * the same word shingles, its LSH bands, the thresholds of {@code merge-rules.tsv}), without comparing every pair of
 * the corpus. Each article is signed on an executor; its LSH bands are buckets (a group by band); in a bucket each
 * article is paired with the newest {@link NearDuplicates#BAND_CANDIDATES} articles before it, as the store's lookup
 * offers them; the pairs' signatures are compared and {@link NearDuplicates#choose} picks the flag, as on ingest.
 *
 * <p>"Before" is the job's order, {@link #ORDER}: article date, then article id. The store's is the order of ingest, so
 * a store that ingests the same articles in this order flags the same articles as repeating the same originals; the
 * job names the earliest-dated story the original.
 */
final class NearDuplicateArticles {
    private NearDuplicateArticles() {}

    /** An article as the comparison needs it: its id, its date (epoch day) and its MinHash signature. */
    record Signed(String id, long day, int[] signature) implements Serializable {}

    /** An article's place in {@link #ORDER}, as a bucket lists it. */
    record Key(String id, long day) implements Serializable {}

    /** A flag: the article, the earlier one it repeats, the estimated similarity of their shingles. */
    record Flag(String articleId, String duplicateOf, double similarity) implements Serializable {}

    /** An earlier article compared with one, and the number of LSH bands they share. */
    private record Candidate(Signed article, int sharedBands) implements Serializable {}

    /** The order articles are taken in, as a store would ingest them: article date, then id. */
    static final Comparator<Key> ORDER = Comparator.comparingLong(Key::day).thenComparing(Key::id);

    /** Every article with words, signed as the store signs it (rows in the columns of {@link SparkColumns#ARTICLES}). */
    static JavaRDD<Signed> sign(JavaRDD<Row> articles) {
        return articles.flatMap(r -> {
            int[] sig = ExecutorPipeline.signatures().signature(ArticleSignatures.text(r.getString(3), r.getString(4)));
            if (sig == null) return Collections.<Signed>emptyIterator(); // no words: nothing to compare, as in the store
            return List.of(new Signed(r.getString(0), r.getDate(1).toLocalDate().toEpochDay(), sig)).iterator();
        });
    }

    /** The flags of the signed articles: one for each that repeats an earlier one. */
    static JavaRDD<Flag> flags(JavaRDD<Signed> signed) {
        // Each article in the LSH bucket of each of its bands.
        JavaPairRDD<Long, Key> inBuckets = signed.flatMapToPair(s -> {
            List<Tuple2<Long, Key>> out = new ArrayList<>();
            for (long band : ExecutorPipeline.signatures().bands(s.signature())) out.add(new Tuple2<>(band, new Key(s.id(), s.day())));
            return out.iterator();
        });
        // (article, earlier article) -> bands shared, the earlier among the newest BAND_CANDIDATES before it in the bucket.
        // A crowded bucket (templated stories) costs its size times that bound, not its size squared.
        JavaPairRDD<Tuple2<String, String>, Integer> shared = inBuckets.groupByKey().flatMapToPair(bucket -> {
            List<Key> members = new ArrayList<>();
            bucket._2().forEach(members::add);
            members.sort(ORDER);
            List<Tuple2<Tuple2<String, String>, Integer>> out = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                for (int j = Math.max(0, i - NearDuplicates.BAND_CANDIDATES); j < i; j++) {
                    if (!members.get(j).id().equals(members.get(i).id())) out.add(new Tuple2<>(new Tuple2<>(members.get(i).id(), members.get(j).id()), 1));
                }
            }
            return out.iterator();
        }).reduceByKey(Integer::sum);
        JavaPairRDD<String, Signed> byId = signed.mapToPair(s -> new Tuple2<>(s.id(), s));
        // Each pair with the earlier article's signature, grouped by the later article and joined with its own.
        JavaPairRDD<String, Candidate> candidates = shared
                .mapToPair(p -> new Tuple2<>(p._1()._2(), new Tuple2<>(p._1()._1(), p._2())))
                .join(byId)
                .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new Candidate(t._2()._2(), t._2()._1()._2())));
        return candidates.groupByKey().join(byId).flatMap(t -> {
            Signed self = t._2()._2();
            List<Candidate> inOrder = new ArrayList<>();
            t._2()._1().forEach(inOrder::add);
            // As the store compares them: most bands shared first, then earliest.
            inOrder.sort(Comparator.comparingInt((Candidate c) -> -c.sharedBands())
                    .thenComparing(c -> new Key(c.article().id(), c.article().day()), ORDER));
            List<NearDuplicates.Candidate> compared = new ArrayList<>();
            for (Candidate c : inOrder) compared.add(new NearDuplicates.Candidate(c.article().id(), c.article().signature()));
            NearDuplicates.Flag f = NearDuplicates.choose(ExecutorPipeline.merger().rules(), ExecutorPipeline.signatures(), self.id(),
                    self.signature(), compared);
            return f == null ? Collections.<Flag>emptyIterator() : List.of(new Flag(self.id(), f.duplicateOf(), f.similarity())).iterator();
        });
    }
}
