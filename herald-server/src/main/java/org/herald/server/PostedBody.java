package org.herald.server;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
     * @throws ApiError 415 for a charset other than UTF-8, 413 for a body over {@code maxBytes} (refused from its
     *                  Content-Length before a byte is read, or once the limit is passed), 400 for a body cut short
     *                  or malformed on the wire, or not UTF-8
     */
    static String read(Context ctx, long maxBytes) {
        checkCharset(ctx.header("Content-Type"));
        // A client that declares 20 MB and sends a little would otherwise hold the connection until the idle timeout.
        if (ctx.req().getContentLengthLong() > maxBytes) throw tooLarge(maxBytes);
        return decode(bytes(ctx, maxBytes));
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
        try {
            InputStream in = ctx.req().getInputStream();
            for (int n; (n = in.read(buf)) != -1; ) {
                // Chunked bodies have no length up front: stop reading as soon as one is over the limit.
                if (out.size() + (long) n > maxBytes) throw tooLarge(maxBytes);
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            // Jetty's "early EOF" (the client stopped before its Content-Length) and malformed chunks end up here.
            throw ApiError.badRequest("the request body ended early or is malformed");
        }
        return out.toByteArray();
    }

    private static String decode(byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never gives more chars than bytes
        CoderResult r = utf8.decode(in, out, true);
        if (!r.isError()) r = utf8.flush(out);
        if (r.isError()) throw ApiError.badRequest("the body is not valid UTF-8 (byte " + (in.position() + 1) + ")");
        out.flip();
        if (out.hasRemaining() && out.get(0) == BOM) out.position(1);
        return out.toString();
    }

    private static ApiError tooLarge(long maxBytes) {
        return new ApiError(413, "the request body is larger than " + maxBytes + " bytes");
    }
}
