package org.herald.server;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The body of a post as text, read within the body limit and decoded as UTF-8, the only encoding taken (JSON is
 * UTF-8 by its RFC, and the dashboard sends nothing else). Bytes that are not UTF-8 are a 400: decoding them into
 * replacement characters would store text the client never sent. A leading byte order mark, which some editors
 * write, is dropped.
 */
final class PostedBody {
    private static final char BOM = '\uFEFF';

    private PostedBody() {}

    /**
     * @throws ApiError 415 for a charset other than UTF-8, 413 for a body over {@code maxBytes} (from its
     *                  Content-Length before a byte is read, or once the limit is passed; see {@link #settle} for
     *                  what happens to the rest), 400 for a body cut short
     *                  or malformed on the wire, or not UTF-8
     */
    static String read(Context ctx, long maxBytes) {
        checkCharset(ctx.header("Content-Type"));
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            // A client that declares 20 MB and sends a little would otherwise hold the connection until the idle
            // timeout: a body declared far over the limit is refused unread.
            throw tooLarge(maxBytes); // the error answer settles the unread body (settle)
        }
        return decode(bytes(ctx, maxBytes));
    }

    /**
     * Before an error answer: a request body not read to its end (a post refused for its size, type, token or
     * origin before the handler read it) is read and dropped, up to {@link #DRAIN_MULTIPLE} times the body limit. A
     * server that answers and closes while the client is still sending leaves unread bytes in its socket; the kernel
     * then resets the connection, which can destroy the answer before the client reads it, and the client sees a
     * dropped connection instead of its 413 or 401 (nginx's "lingering close" exists for this). Reading is held to
     * the same minimum rate as any body. A body declared larger, one that trickles, and a 408 are not read: the
     * answer says {@code Connection: close} instead.
     */
    static void settle(Context ctx, long maxBytes, int status) {
        var req = ctx.req();
        long declared = req.getContentLengthLong();
        String encoding = req.getHeader("Transfer-Encoding");
        if (declared <= 0 && encoding == null) return; // no body
        long cap = Math.multiplyExact(maxBytes, DRAIN_MULTIPLE);
        try {
            InputStream in = req.getInputStream();
            if (in instanceof jakarta.servlet.ServletInputStream s && s.isFinished()) return;
            if (status == 408 || declared > cap || !discard(in, cap)) ctx.header("Connection", "close");
        } catch (IOException | IllegalStateException | ApiError e) {
            ctx.header("Connection", "close");
        }
    }

    /** A refused body up to this many times the limit is read to its end before the answer (see {@link #settle}). */
    static final int DRAIN_MULTIPLE = 4;

    /** Reads and drops the rest of a body; true when it ended within {@code cap} bytes. */
    private static boolean discard(InputStream in, long cap) throws IOException {
        byte[] buf = new byte[8192];
        long read = 0;
        long t0 = System.nanoTime();
        for (int n; (n = in.read(buf)) != -1; ) {
            read += n;
            if (read > cap) return false;
            tooSlow(read, System.nanoTime() - t0);
        }
        return true;
    }

    private static void checkCharset(String contentType) {
        if (contentType == null) return;
        for (String param : contentType.split(";")) {
            int eq = param.indexOf('=');
            if (eq < 0 || !param.substring(0, eq).strip().equalsIgnoreCase("charset")) continue;
            String charset = param.substring(eq + 1).strip().replace("\"", "").toLowerCase(Locale.ROOT);
            if (!charset.equals("utf-8") && !charset.equals("utf8")) throw new ApiError(415, "post UTF-8 text (charset=utf-8 or none)");
        }
    }

    private static byte[] bytes(Context ctx, long maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long t0 = System.nanoTime();
        try {
            InputStream in = ctx.req().getInputStream();
            for (int n; (n = in.read(buf)) != -1; ) {
                // Chunked bodies have no length up front: stop keeping them as soon as one is over the limit.
                if (out.size() + (long) n > maxBytes) throw tooLarge(maxBytes);
                out.write(buf, 0, n);
                tooSlow(out.size(), System.nanoTime() - t0);
            }
        } catch (IOException e) {
            // Jetty's "early EOF" (the client stopped before its Content-Length) and malformed chunks end up here.
            throw ApiError.badRequest("the request body ended early or is malformed");
        }
        return out.toByteArray();
    }

    /**
     * A body trickling in (a byte before each idle timeout keeps a connection forever) is cut off once it has taken
     * longer than {@link #RATE_GRACE} and arrived slower than {@link HeraldServer#MIN_REQUEST_BYTES_PER_SECOND}.
     * Jetty's own minimum rate counts from the first byte of the body, so a small body read late (a pause of the JVM
     * before the handler reads it) looked slow and was refused with a 408: hence the grace.
     */
    private static void tooSlow(long bytes, long nanos) {
        if (nanos > RATE_GRACE.toNanos() && bytes * 1_000_000_000L / nanos < HeraldServer.MIN_REQUEST_BYTES_PER_SECOND) {
            throw new ApiError(408, "the request body arrived slower than " + HeraldServer.MIN_REQUEST_BYTES_PER_SECOND + " bytes a second");
        }
    }

    /** How long any body may take before its rate is judged. */
    static final java.time.Duration RATE_GRACE = java.time.Duration.ofSeconds(5);

    private static String decode(byte[] bytes) {
        org.herald.read.Utf8.Decoded d = org.herald.read.Utf8.decode(bytes);
        if (!d.ok()) throw ApiError.badRequest("the body is not valid UTF-8 (byte " + (d.badOffset() + 1) + ")");
        String text = d.text();
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    private static ApiError tooLarge(long maxBytes) {
        return new ApiError(413, "the request body is larger than " + maxBytes + " bytes");
    }
}
