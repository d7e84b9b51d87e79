package org.herald.spark;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.pipeline.HeraldPipeline;
import org.herald.read.InputError;
import org.herald.read.InputFormat;
import org.herald.read.Inputs;
import org.herald.read.ReadResult;
import org.herald.store.merge.ArticleSignatures;
import org.herald.store.merge.MentionMerger;
import scala.Tuple2;

/**
 * Codes a corpus on Spark: reads every file under the input paths (any Hadoop file system: local, HDFS, S3A; every
 * format {@code herald code} reads), codes the articles in parallel with one CoreNLP per executor JVM
 * ({@link ExecutorPipeline}) and writes {@code OUT/events} (partitioned by event date), {@code OUT/articles}
 * (partitioned by article date, with their near-duplicate flags and signatures: {@link NearDuplicateArticles}),
 * {@code OUT/mentions} (each event's real event), {@code OUT/quotes} and {@code OUT/figures} as Parquet, in the
 * columns of {@code herald export --table ... --format parquet}.
 */
public final class HeraldSparkJob {
    private HeraldSparkJob() {}

    /** What one run did: articles read, coded, discarded, failed; events written; input errors (the first few). */
    public record Summary(long articles, long coded, long discarded, long failed, long events, List<String> problems) {}

    /** Runs before each article is coded, on the executor, with the task attempt number: a seam for fault tests. */
    interface BeforeArticle extends Serializable {
        BeforeArticle NONE = (article, attempt) -> {};

        void accept(String articleId, int attempt);
    }

    public static void main(String[] args) {
        JobArguments a;
        try {
            a = JobArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("herald spark: " + e.getMessage());
            System.err.println(JobArguments.USAGE);
            System.exit(2);
            return;
        }
        SparkSession.Builder b = SparkSession.builder().appName("herald");
        if (a.master() != null) b.master(a.master());
        else if (System.getProperty("spark.master") == null) b.master("local[*]"); // spark-submit sets spark.master; herald spark need not
        SparkSession spark = b.getOrCreate();
        Summary s;
        try {
            s = run(spark, a.inputs(), a.output(), a.options());
        } finally {
            spark.stop();
        }
        for (String p : s.problems()) System.err.println("herald spark: " + p);
        System.err.printf("herald spark: %d articles read, %d coded, %d not coded (story discards), %d failed; %d events -> %s%n",
                s.articles(), s.coded(), s.discarded(), s.failed(), s.events(), a.output());
        if (s.failed() > 0) System.exit(1);
    }

    public static Summary run(SparkSession spark, List<String> inputs, String output, JobOptions options) {
        return run(spark, inputs, output, options, BeforeArticle.NONE);
    }

    static Summary run(SparkSession spark, List<String> inputs, String output, JobOptions options, BeforeArticle before) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        // Read: one record per article, or one per input problem (kind "A" / "E").
        JavaRDD<Tuple2<String, Row>> read = jsc.binaryFiles(String.join(",", inputs))
                .flatMap(f -> readFile(f._1(), f._2(), options).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        List<String> problems = new ArrayList<>(read.filter(t -> t._1().equals("E")).map(t -> t._2().getString(0)).take(20));
        JavaRDD<Row> articles = read.filter(t -> t._1().equals("A")).map(Tuple2::_2);
        int partitions = options.partitions() > 0 ? options.partitions() : jsc.defaultParallelism();
        Timestamp codedAt = Timestamp.from(Instant.now());
        // Code: kind "A" articles row, "V" events row, "Q" quotes row, "N" figures row (numbers), "F" a failure.
        JavaRDD<Tuple2<String, Row>> coded = articles.repartition(partitions)
                .mapPartitions(rows -> code(rows, options, before, codedAt))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<NearDuplicateArticles.Signed> signed = null;
        Dataset<Row> merge = null;
        try {
            spark.createDataFrame(coded.filter(t -> t._1().equals("V")).map(Tuple2::_2), SparkColumns.EVENTS)
                    .write().mode(SaveMode.Overwrite).partitionBy("date").parquet(output + "/events");
            JavaRDD<Row> articleRows = coded.filter(t -> t._1().equals("A")).map(Tuple2::_2);
            signed = NearDuplicateArticles.sign(articleRows).persist(StorageLevel.MEMORY_AND_DISK());
            merge = articleMerge(spark, signed).persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> articlesOut = spark.createDataFrame(articleRows, SparkColumns.ARTICLES);
            Dataset<Row> byArticle = merge.withColumnRenamed("id", "merge_article");
            articlesOut.join(byArticle, articlesOut.col("id").equalTo(byArticle.col("merge_article")), "left").drop("merge_article")
                    .write().mode(SaveMode.Overwrite).partitionBy("date").parquet(output + "/articles");
            spark.createDataFrame(coded.filter(t -> t._1().equals("Q")).map(Tuple2::_2), SparkColumns.QUOTES)
                    .write().mode(SaveMode.Overwrite).parquet(output + "/quotes");
            spark.createDataFrame(coded.filter(t -> t._1().equals("N")).map(Tuple2::_2), SparkColumns.FIGURES)
                    .write().mode(SaveMode.Overwrite).parquet(output + "/figures");
            writeMentions(spark, coded.filter(t -> t._1().equals("V")).map(Tuple2::_2), articleRows, merge, output + "/mentions");
            List<String> failures = coded.filter(t -> t._1().equals("F")).map(t -> t._2().getString(0)).collect();
            problems.addAll(failures.subList(0, Math.min(20, failures.size())));
            // One pass counts every kind; an article read is coded ("A", "D" when discarded) or failed ("F"), once.
            java.util.Map<String, Long> kinds = coded.map(t -> t._1().equals("A") && !t._2().isNullAt(7) ? "D" : t._1()).countByValue();
            long codedArticles = kinds.getOrDefault("A", 0L), discarded = kinds.getOrDefault("D", 0L);
            return new Summary(codedArticles + discarded + failures.size(), codedArticles, discarded, failures.size(), kinds.getOrDefault("V", 0L),
                    List.copyOf(problems));
        } finally {
            if (merge != null) merge.unpersist(false);
            if (signed != null) signed.unpersist(false);
            coded.unpersist(false);
            read.unpersist(false);
        }
    }

    /**
     * Each signed article's signature and near-duplicate flag ({@link NearDuplicateArticles}), in the columns of
     * {@link SparkColumns#ARTICLE_MERGE}; an article without words has no row.
     */
    private static Dataset<Row> articleMerge(SparkSession spark, JavaRDD<NearDuplicateArticles.Signed> signed) {
        JavaPairRDD<String, NearDuplicateArticles.Flag> flags = NearDuplicateArticles.flags(signed).mapToPair(f -> new Tuple2<>(f.articleId(), f));
        JavaRDD<Row> rows = signed.mapToPair(s -> new Tuple2<>(s.id(), s)).leftOuterJoin(flags).map(t -> {
            NearDuplicateArticles.Flag f = t._2()._2().orElse(null);
            return RowFactory.create(t._1(), f == null ? null : f.duplicateOf(), f == null ? null : f.similarity(),
                    ArticleSignatures.bytes(t._2()._1().signature()));
        });
        return spark.createDataFrame(rows, SparkColumns.ARTICLE_MERGE);
    }

    /**
     * Cross-article merging as a Spark aggregation, with the store's rules ({@link MentionMerger}): mentions are grouped
     * by what must be equal for two to merge (source, target, compatible codes), and each group is merged in the job's
     * order ({@link NearDuplicateArticles#ORDER}: article date, then article id; then sentence, event id), as a store that
     * ingests the articles in that order merges them. Writes the mentions in the columns of
     * {@code herald export --table mentions --format parquet}, with their articles' near-duplicate flags ({@code merge}).
     */
    private static void writeMentions(SparkSession spark, JavaRDD<Row> events, JavaRDD<Row> articles, Dataset<Row> merge, String path) {
        JavaPairRDD<String, Long> articleDays = articles.mapToPair(r -> new Tuple2<>(r.getString(0), r.getDate(1).toLocalDate().toEpochDay()));
        JavaRDD<Row> mentions = events
                .mapToPair(r -> new Tuple2<>(r.getString(1), r))
                .join(articleDays)
                .mapToPair(t -> new Tuple2<>(ExecutorPipeline.merger().key(SparkColumns.toEvent(t._2()._1())), new Tuple2<>(t._2()._2(), t._2()._1())))
                .groupByKey()
                .flatMap(group -> {
                    List<Tuple2<Long, Row>> rows = new ArrayList<>();
                    group._2().forEach(rows::add);
                    rows.sort(Comparator.comparing((Tuple2<Long, Row> t) -> new NearDuplicateArticles.Key(t._2().getString(1), t._1()), NearDuplicateArticles.ORDER)
                            .thenComparingInt(t -> t._2().getInt(2)).thenComparingLong(t -> t._2().getLong(0)));
                    List<Map.Entry<Long, org.herald.model.Event>> inOrder = new ArrayList<>();
                    for (Tuple2<Long, Row> t : rows) inOrder.add(Map.entry(t._2().getLong(0), SparkColumns.toEvent(t._2())));
                    Map<Long, Long> merged = ExecutorPipeline.merger().assign(inOrder);
                    List<Row> out = new ArrayList<>();
                    int confidence = SparkColumns.EVENTS.fieldIndex("confidence");
                    for (Tuple2<Long, Row> t : rows) {
                        Row r = t._2();
                        out.add(RowFactory.create(merged.get(r.getLong(0)), r.getLong(0), r.getString(1), r.getInt(2), r.getDate(3),
                                r.isNullAt(confidence) ? null : r.getDouble(confidence)));
                    }
                    return out.iterator();
                });
        org.apache.spark.sql.types.StructType partial = new org.apache.spark.sql.types.StructType(
                java.util.Arrays.copyOf(SparkColumns.MENTIONS.fields(), 6));
        Dataset<Row> m = spark.createDataFrame(mentions, partial);
        Dataset<Row> sources = spark.createDataFrame(articles, SparkColumns.ARTICLES)
                .selectExpr("id AS mention_article", "source AS source_name");
        Dataset<Row> flags = merge.selectExpr("id AS flagged_article", "near_duplicate_of", "near_duplicate_similarity");
        m.join(sources, m.col("article_id").equalTo(sources.col("mention_article")), "left")
                .join(flags, m.col("article_id").equalTo(flags.col("flagged_article")), "left")
                .selectExpr("merged_id", "event_id", "article_id", "sentence", "date", "confidence", "source_name",
                        "near_duplicate_of", "near_duplicate_similarity")
                .write().mode(SaveMode.Overwrite).partitionBy("date").parquet(path);
    }

    /**
     * The articles of one input file, and its problems, each naming the file and line (or WARC record and offset) as
     * {@code herald code} does. The file is streamed: a WARC of many gigabytes is read record by record.
     */
    static List<Tuple2<String, Row>> readFile(String path, org.apache.spark.input.PortableDataStream file, JobOptions o) throws java.io.IOException {
        Optional<LocalDate> date = o.date().isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(o.date()));
        ReadResult r;
        try (java.io.DataInputStream in = file.open()) {
            r = new Inputs(InputFormat.parse(o.inputFormat()), date, java.io.InputStream.nullInputStream(), o.maxArticleChars()).readStream(path, in);
        }
        List<Tuple2<String, Row>> out = new ArrayList<>();
        for (InputError e : r.errors()) out.add(new Tuple2<>("E", RowFactory.create(e.toString())));
        for (Article a : r.articles()) {
            out.add(new Tuple2<>("A", RowFactory.create(a.id(), a.date().toString(), a.source(), a.title(), a.body())));
        }
        return out;
    }

    private static Iterator<Tuple2<String, Row>> code(Iterator<Row> rows, JobOptions options, BeforeArticle before, Timestamp codedAt) {
        HeraldPipeline pipeline = ExecutorPipeline.forTask(options);
        int attempt = TaskContext.get() == null ? 0 : TaskContext.get().attemptNumber();
        List<Tuple2<String, Row>> out = new ArrayList<>();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                while (out.isEmpty() && rows.hasNext()) codeOne(rows.next());
                return !out.isEmpty();
            }

            @Override
            public Tuple2<String, Row> next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                return out.remove(0);
            }

            private void codeOne(Row r) {
                Article a = new Article(r.getString(0), LocalDate.parse(r.getString(1)), r.getString(2), r.getString(3), r.getString(4));
                before.accept(a.id(), attempt);
                CodedArticle c;
                try {
                    c = pipeline.codeArticle(a);
                } catch (RuntimeException e) {
                    out.add(new Tuple2<>("F", RowFactory.create("article " + a.id() + " failed: " + e)));
                    return;
                }
                out.add(new Tuple2<>("A", SparkColumns.article(a, c.discarded(), c.events().size(), codedAt)));
                for (int i = 0; i < c.events().size(); i++) out.add(new Tuple2<>("V", SparkColumns.event(c.events().get(i), i)));
                for (int i = 0; i < c.quotes().size(); i++) out.add(new Tuple2<>("Q", SparkColumns.quote(c.quotes().get(i), i)));
                for (int i = 0; i < c.figures().size(); i++) out.add(new Tuple2<>("N", SparkColumns.figure(c.figures().get(i), i)));
            }
        };
    }
}
