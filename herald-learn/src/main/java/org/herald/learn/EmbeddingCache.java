package org.herald.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Embeddings of a list of texts kept on disk, keyed by a hash of the embedder's id and every text: the bank is
 * embedded once per machine, and any change to a text, the bank or the model makes a new key. Files are written to a
 * temporary name and moved into place, so a crash never leaves a half-written cache; an unreadable file is recomputed.
 */
public final class EmbeddingCache {
    private static final int MAGIC = 0x48454d42; // "HEMB"

    private EmbeddingCache() {}

    /** The default directory: $HERALD_CACHE, or ~/.cache/herald. */
    public static Path defaultDirectory() {
        String env = System.getenv("HERALD_CACHE");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".cache", "herald");
    }

    /** The texts' embeddings, from {@code dir} when cached there (null: no cache). */
    public static float[][] embed(SentenceEmbedder embedder, List<String> texts, Path dir) {
        if (dir == null) return embedder.embed(texts);
        Path file = dir.resolve("embeddings-" + key(embedder, texts) + ".bin");
        float[][] cached = read(file, texts.size());
        if (cached != null) return cached;
        float[][] out = embedder.embed(texts);
        write(file, out);
        return out;
    }

    static String key(SentenceEmbedder embedder, List<String> texts) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(embedder.id().getBytes(StandardCharsets.UTF_8));
            for (String t : texts) {
                d.update((byte) 0);
                d.update(t.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(d.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static float[][] read(Path file, int count) {
        if (!Files.isRegularFile(file)) return null;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != count) return null;
            int dim = in.readInt();
            if (dim <= 0 || dim > 100_000) return null;
            float[][] out = new float[count][dim];
            for (float[] row : out) for (int j = 0; j < dim; j++) row[j] = in.readFloat();
            return out;
        } catch (IOException e) {
            return null; // truncated or foreign: recompute
        }
    }

    private static void write(Path file, float[][] rows) {
        writeAtomically(file, out -> {
            out.writeInt(MAGIC);
            out.writeInt(rows.length);
            out.writeInt(rows.length == 0 ? 1 : rows[0].length);
            for (float[] row : rows) for (float v : row) out.writeFloat(v);
        });
    }

    /**
     * A number computed from texts (the model's fitted temperature), kept in {@code dir} under a key of the embedder's
     * id and every text; computed again when absent or unreadable (null dir: always computed).
     */
    public static double number(SentenceEmbedder embedder, List<String> texts, String name, Path dir, java.util.function.DoubleSupplier compute) {
        if (dir == null) return compute.getAsDouble();
        Path file = dir.resolve(name + "-" + key(embedder, texts) + ".bin");
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
                if (in.readInt() == MAGIC) return in.readDouble();
            } catch (IOException e) {
                // truncated or foreign: recompute
            }
        }
        double v = compute.getAsDouble();
        writeAtomically(file, out -> {
            out.writeInt(MAGIC);
            out.writeDouble(v);
        });
        return v;
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /** Writes to a temporary name and moves it into place: a crash never leaves a half-written cache file. */
    private static void writeAtomically(Path file, Writer content) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                content.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A cache that cannot be written only costs time: the value is returned all the same.
        }
    }
}
