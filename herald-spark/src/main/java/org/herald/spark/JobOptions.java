package org.herald.spark;

import java.io.Serializable;

/**
 * What the job was asked, as sent to every task: the input format ("auto", "wire", "jsonl", "text"), the date for
 * inputs without one (ISO, or empty), the article size cap, whether the learned model judges events, whether
 * sports/entertainment/business stories are discarded, and how many partitions to code in.
 */
record JobOptions(String inputFormat, String date, int maxArticleChars, boolean model, boolean storyDiscards, int partitions)
        implements Serializable {
    static JobOptions defaults() {
        return new JobOptions("auto", "", org.herald.read.Inputs.DEFAULT_MAX_ARTICLE_CHARS, true, true, 0);
    }
}
