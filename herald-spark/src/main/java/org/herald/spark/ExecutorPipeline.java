package org.herald.spark;

import org.herald.events.EventCoder;
import org.herald.learn.EventModel;
import org.herald.nlp.CoreNlpAnnotator;
import org.herald.pipeline.EventJudge;
import org.herald.pipeline.HeraldPipeline;
import org.herald.pipeline.StoryDiscards;

/**
 * The coding pipeline of one executor JVM. CoreNLP (seconds and gigabytes to load), the coder's dictionaries and
 * the learned model are loaded on the first task that needs them and shared by every later task and partition in
 * the JVM; nothing of them is serialised from the driver. Each task gets its own {@link HeraldPipeline} (only
 * counters) around the shared parts.
 */
final class ExecutorPipeline {
    private static volatile EventCoder coder;
    private static volatile org.herald.store.merge.MentionMerger merger;
    private static volatile org.herald.store.merge.ArticleSignatures signatures;

    private ExecutorPipeline() {}

    static HeraldPipeline forTask(JobOptions options) {
        EventJudge judge = options.model() ? EventModel.shared() : EventJudge.NONE;
        return new HeraldPipeline(CoreNlpAnnotator.shared(), coder(), judge, options.storyDiscards() ? StoryDiscards.standard() : StoryDiscards.NONE);
    }

    /** The store's merge rules, loaded once per JVM. */
    static org.herald.store.merge.MentionMerger merger() {
        org.herald.store.merge.MentionMerger local = merger;
        if (local == null) {
            synchronized (ExecutorPipeline.class) {
                local = merger;
                if (local == null) merger = local = new org.herald.store.merge.MentionMerger(org.herald.store.merge.MergeRules.standard());
            }
        }
        return local;
    }

    /** Article signatures (MinHash, LSH bands) under the store's merge rules, made once per JVM. */
    static org.herald.store.merge.ArticleSignatures signatures() {
        org.herald.store.merge.ArticleSignatures local = signatures;
        if (local == null) {
            synchronized (ExecutorPipeline.class) {
                local = signatures;
                if (local == null) signatures = local = new org.herald.store.merge.ArticleSignatures(merger().rules());
            }
        }
        return local;
    }

    private static EventCoder coder() {
        EventCoder local = coder;
        if (local == null) {
            synchronized (ExecutorPipeline.class) {
                local = coder;
                if (local == null) coder = local = EventCoder.standard(false);
            }
        }
        return local;
    }
}
