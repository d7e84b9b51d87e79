package org.herald.store.merge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags an article as a near-duplicate of an earlier one (the same story syndicated, or updated with a paragraph)
 * when the estimated Jaccard similarity of their word shingles reaches {@link MergeRules#nearDuplicateMinJaccard}.
 * Candidates are the articles sharing an LSH band with it; both bands and signatures are held in memory.
 * Writes {@code article_signatures} and {@code near_duplicates}; the flag names the most similar earlier article
 * ({@link #choose}, which batch jobs use too).
 */
public final class NearDuplicates {
    /** The most articles of one LSH bucket a new article is compared with: the newest before it. */
    public static final int BAND_CANDIDATES = 200;

    /** An earlier article a new one is compared with, and its signature. */
    public record Candidate(String articleId, int[] signature) {}

    /** A flag: the earlier article a new one repeats, and the estimated similarity of their shingles. */
    public record Flag(String duplicateOf, double similarity) {}

    private final MergeRules rules;
    private final ArticleSignatures signatures;

    NearDuplicates(MergeRules rules) {
        this.rules = rules;
        this.signatures = new ArticleSignatures(rules);
    }

    /**
     * The flag of the article {@code articleId} signed {@code signature}, or null: of its candidates, given in the order
     * they are compared (most LSH bands shared with it first, then earliest), the most similar, the first of equals,
     * when its similarity reaches {@link MergeRules#nearDuplicateMinJaccard}. A candidate signed under other rules
     * (another signature length) or the article itself is passed over.
     */
    public static Flag choose(MergeRules rules, ArticleSignatures signatures, String articleId, int[] signature, Iterable<Candidate> inOrder) {
        String best = null;
        double bestSimilarity = -1;
        for (Candidate c : inOrder) {
            int[] theirs = c.signature();
            if (c.articleId().equals(articleId) || theirs.length != signature.length) continue; // other rules: rebuild compares them again
            double s = signatures.similarity(signature, theirs);
            if (s > bestSimilarity) { // candidates come most bands shared first, then earliest: the first of equals wins
                bestSimilarity = s;
                best = c.articleId();
            }
        }
        return best != null && bestSimilarity >= rules.nearDuplicateMinJaccard() ? new Flag(best, bestSimilarity) : null;
    }

    /** Signs the article, flags it when it is a near-duplicate of one already signed, and adds it to the lookups. */
    void add(Connection c, MergeIndex in, String articleId, String text) throws SQLException {
        int[] sig = signatures.signature(text);
        if (sig == null) return; // no words: nothing to compare
        long[] bands = signatures.bands(sig);
        List<Candidate> candidates = new ArrayList<>();
        for (String other : in.sharingABand(bands)) candidates.add(new Candidate(other, in.signature(other)));
        Flag flag = choose(rules, signatures, articleId, sig, candidates);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_signatures VALUES (?, ?)")) {
            ps.setString(1, articleId);
            ps.setBytes(2, ArticleSignatures.bytes(sig));
            ps.executeUpdate();
        }
        if (flag != null) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO near_duplicates VALUES (?, ?, ?)")) {
                ps.setString(1, articleId);
                ps.setString(2, flag.duplicateOf());
                ps.setDouble(3, flag.similarity());
                ps.executeUpdate();
            }
        }
        in.addSignature(articleId, sig, bands);
    }

    /** Before an article's rows go: its signature, its flag and the flags naming it. */
    void remove(Connection c, MergeIndex in, String articleId) throws SQLException {
        for (String sql : new String[] {"DELETE FROM near_duplicates WHERE article_id = ? OR duplicate_of = ?",
                "DELETE FROM article_signatures WHERE article_id = ? AND article_id = ?"}) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, articleId);
                ps.setString(2, articleId);
                ps.executeUpdate();
            }
        }
        in.removeSignature(articleId);
    }

    /** Every stored signature's bands into the lookups. */
    void load(Connection c, MergeIndex in) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT s.article_id, s.signature FROM article_signatures s "
                + "LEFT JOIN articles a ON a.id = s.article_id ORDER BY a.ingested_at, s.article_id")) {
            while (rs.next()) {
                int[] sig = ArticleSignatures.signature(rs.getBytes(2));
                in.addSignature(rs.getString(1), sig, signatures.bands(sig));
            }
        }
    }
}
