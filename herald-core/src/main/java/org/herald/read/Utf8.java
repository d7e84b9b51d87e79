package org.herald.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8: bytes are text only if every one of them is UTF-8, never replacement characters for the rest (they
 * would be text nobody wrote). Shared by the article readers and the server's post bodies.
 */
public final class Utf8 {
    private Utf8() {}

    /** The text, or where the first byte that is not UTF-8 lies ({@code badOffset}, 0-based; -1 when all are). */
    public record Decoded(String text, int badOffset) {
        public boolean ok() {
            return badOffset < 0;
        }
    }

    public static Decoded decode(byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never gives more chars than bytes
        CoderResult r = utf8.decode(in, out, true);
        if (!r.isError()) r = utf8.flush(out);
        if (r.isError()) return new Decoded(null, in.position());
        return new Decoded(out.flip().toString(), -1);
    }
}
