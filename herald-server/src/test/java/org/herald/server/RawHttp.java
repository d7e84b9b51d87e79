package org.herald.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 over a plain socket, for what java.net.http will not send: any Host header, a malformed URI, half a
 * request, a body that is not what its headers say.
 */
final class RawHttp {
    record Answer(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) return line.substring(colon + 1).strip();
            }
            return null;
        }
    }

    /** A streamed request's answer, and how many body bytes the client had sent when the answer began. */
    record Streamed(Answer answer, long sentBeforeAnswer) {}

    private RawHttp() {}

    /** Sends {@code method target} with the given Host (and extra header lines) and reads the answer to the end. */
    static Answer send(int port, String method, String target, String host, String... headers) throws IOException {
        StringBuilder req = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
        for (String h : headers) req.append(h).append("\r\n");
        if (!method.equals("GET")) req.append("Content-Length: 0\r\n");
        req.append("\r\n");
        return exchange(port, req.toString().getBytes(StandardCharsets.ISO_8859_1), false);
    }

    /**
     * Sends {@code request} byte for byte (the caller writes every header, including Connection: close) and reads
     * the first answer. With {@code endOutput} the client then shuts its side, as a client that has no more to send.
     */
    static Answer exchange(int port, byte[] request, boolean endOutput) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            try {
                s.getOutputStream().write(request);
                if (endOutput) s.shutdownOutput();
            } catch (SocketException e) {
                // The server may answer and close before it has read the whole request (431, 413): read that answer.
            }
            return parse(readAll(s.getInputStream()));
        }
    }

    /**
     * Sends {@code head} (ending in an empty line) and then {@code bodyBytes} of filler in 64 KiB writes from another
     * thread, while this one waits for the answer; the client holds no more than one buffer of the body. A raw
     * chunked body is framed here when {@code chunked}.
     */
    static Streamed stream(int port, String head, long bodyBytes, boolean chunked) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            AtomicLong sent = new AtomicLong();
            Thread writer = new Thread(() -> {
                byte[] buf = new byte[64 * 1024];
                Arrays.fill(buf, (byte) 'x');
                try {
                    OutputStream out = s.getOutputStream();
                    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                    while (sent.get() < bodyBytes) {
                        int n = (int) Math.min(buf.length, bodyBytes - sent.get());
                        if (chunked) out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        out.write(buf, 0, n);
                        if (chunked) out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        sent.addAndGet(n);
                    }
                    if (chunked) out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    // The server answered and closed: the rest is not wanted.
                }
            }, "raw-http-writer");
            writer.setDaemon(true);
            writer.start();
            InputStream in = s.getInputStream();
            int first = in.read();
            long before = sent.get();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            if (first >= 0) all.write(first);
            all.write(readAll(in));
            s.close();
            writer.join(10_000);
            return new Streamed(parse(all.toByteArray()), before);
        }
    }

    /** Reads until the server closes the connection; a reset after some bytes still returns those bytes. */
    static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) != -1; ) out.write(buf, 0, n);
        } catch (SocketTimeoutException e) {
            throw new IOException("no answer in time: " + out.toString(StandardCharsets.UTF_8).toLowerCase(Locale.ROOT), e);
        } catch (SocketException e) {
            // A server that closes with unread request bytes resets the connection, possibly after its answer.
            if (out.size() == 0) throw e;
        }
        return out.toByteArray();
    }

    /** The first answer in {@code bytes}: its body ends where its Content-Length or last chunk says. */
    private static Answer parse(byte[] bytes) throws IOException {
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        int split = all.indexOf("\r\n\r\n");
        if (split < 0) throw new IOException("no answer: " + all);
        String head = all.substring(0, split);
        int status = Integer.parseInt(head.split(" ")[1]);
        String rest = all.substring(split + 4);
        Answer a = new Answer(status, head, "");
        String length = a.header("Content-Length");
        if (length != null) rest = rest.substring(0, Math.min(rest.length(), Integer.parseInt(length)));
        else if ("chunked".equalsIgnoreCase(a.header("Transfer-Encoding"))) rest = unchunk(rest);
        return new Answer(status, head, new String(rest.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static String unchunk(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int eol = s.indexOf("\r\n", i);
            if (eol < 0) return out.toString();
            int size = Integer.parseInt(s.substring(i, eol).split(";")[0].strip(), 16);
            if (size == 0) return out.toString();
            out.append(s, eol + 2, Math.min(s.length(), eol + 2 + size));
            i = eol + 2 + size + 2;
        }
    }
}
