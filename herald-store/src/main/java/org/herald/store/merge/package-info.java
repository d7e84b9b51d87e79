/**
 * One record per real event: mentions of one event (within an article and across articles) merged into it, and
 * near-duplicate articles (syndicated copies, updated stories) found by MinHash/LSH and flagged. The rules are data
 * ({@code herald/store/merge/*.tsv}); {@link org.herald.store.merge.MentionMerger} applies them on ingest and rebuilds
 * them for the whole store.
 */
package org.herald.store.merge;
