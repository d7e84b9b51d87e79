package org.herald.store.merge;

import info.debatty.java.lsh.LSH;
import info.debatty.java.lsh.MinHash;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * MinHash signatures of articles' word shingles and their LSH bands (java-lsh): two articles whose bands meet are
 * compared by their signatures, whose share of equal values estimates the Jaccard similarity of their shingles.
 * Text is normalised first (lower case, words of letters and digits only), so punctuation, case and line breaks
 * do not tell a syndicated copy from its original.
 */
public final class ArticleSignatures {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final int shingleWords;
    private final MinHash minHash;
    private final LSH bands;

    public ArticleSignatures(MergeRules rules) {
        this.shingleWords = rules.shingleWords();
        this.minHash = new MinHash(rules.minhashSize(), Integer.MAX_VALUE, rules.minhashSeed());
        this.bands = new LSH(rules.lshStages(), rules.lshBuckets()) {};
    }

    /** The text's word shingles as non-negative hashes; empty for a text without words. */
    Set<Integer> shingles(String text) {
        String[] words = NOT_WORD.split(text.toLowerCase(Locale.ROOT).strip());
        Set<Integer> out = new HashSet<>();
        int first = words.length > 0 && words[0].isEmpty() ? 1 : 0;
        int n = words.length - first;
        if (n <= 0) return out;
        if (n < shingleWords) {
            out.add(hash(String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length))));
            return out;
        }
        for (int i = first; i + shingleWords <= words.length; i++) {
            out.add(hash(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + shingleWords))));
        }
        return out;
    }

    // String.hashCode is fixed by the language specification, so stored signatures stay comparable across runs.
    private static int hash(String shingle) {
        return shingle.hashCode() & Integer.MAX_VALUE;
    }

    /** The text an article is signed by: its title and body (either may be null). */
    public static String text(String title, String body) {
        return (title == null ? "" : title) + "\n" + (body == null ? "" : body);
    }

    /** The MinHash signature of the text's shingles, or null for a text without words (nothing to compare). */
    public int[] signature(String text) {
        Set<Integer> s = shingles(text);
        return s.isEmpty() ? null : minHash.signature(s);
    }

    /** The signature's LSH bands, each as one number (band index in the high half, bucket in the low half). */
    public long[] bands(int[] signature) {
        int[] buckets = bands.hashSignature(signature);
        long[] out = new long[buckets.length];
        for (int i = 0; i < buckets.length; i++) out[i] = ((long) i << 32) | (buckets[i] & 0xffffffffL);
        return out;
    }

    /** The estimated Jaccard similarity of the shingles behind two signatures. */
    public double similarity(int[] a, int[] b) {
        return minHash.similarity(a, b);
    }

    /** A signature as stored in {@code article_signatures}: 32-bit big-endian values. */
    public static byte[] bytes(int[] signature) {
        ByteBuffer b = ByteBuffer.allocate(signature.length * 4);
        for (int v : signature) b.putInt(v);
        return b.array();
    }

    static int[] signature(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int[] out = new int[bytes.length / 4];
        for (int i = 0; i < out.length; i++) out[i] = b.getInt();
        return out;
    }
}
