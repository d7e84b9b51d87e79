package org.herald.store.merge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Flags an article as a near-duplicate of an earlier one (the same story syndicated, or updated with a paragraph)
 * when the estimated Jaccard similarity of their word shingles reaches {@link MergeRules#nearDuplicateMinJaccard}.
 * Candidates are the articles sharing an LSH band with it; both bands and signatures are held in memory.
 * Writes {@code article_signatures} and {@code near_duplicates}; the flag names the most similar earlier article.
 */
final class NearDuplicates {
    private final MergeRules rules;
    private final ArticleSignatures signatures;

    NearDuplicates(MergeRules rules) {
        this.rules = rules;
        this.signatures = new ArticleSignatures(rules);
    }

    /** Signs the article, flags it when it is a near-duplicate of one already signed, and adds it to the lookups. */
    void add(Connection c, MergeIndex in, String articleId, String text) throws SQLException {
        int[] sig = signatures.signature(text);
        if (sig == null) return; // no words: nothing to compare
        long[] bands = signatures.bands(sig);
        String best = null;
        double bestSimilarity = -1;
        for (String other : in.sharingABand(bands)) {
            int[] theirs = in.signature(other);
            if (other.equals(articleId) || theirs.length != sig.length) continue; // signed under other rules: rebuild compares them again
            double s = signatures.similarity(sig, theirs);
            if (s > bestSimilarity) { // candidates come most bands shared first, then earliest: the first of equals wins
                bestSimilarity = s;
                best = other;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_signatures VALUES (?, ?)")) {
            ps.setString(1, articleId);
            ps.setBytes(2, ArticleSignatures.bytes(sig));
            ps.executeUpdate();
        }
        if (best != null && bestSimilarity >= rules.nearDuplicateMinJaccard()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO near_duplicates VALUES (?, ?, ?)")) {
                ps.setString(1, articleId);
                ps.setString(2, best);
                ps.setDouble(3, bestSimilarity);
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
