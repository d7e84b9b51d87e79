package org.herald.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** HTTP/1.1 over a plain socket, for what java.net.http will not send: any Host header, a malformed URI, half a request. */
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

    private RawHttp() {}

    /** Sends {@code method target} with the given Host (and extra header lines) and reads the answer to the end. */
    static Answer send(int port, String method, String target, String host, String... headers) throws IOException {
        StringBuilder req = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
        for (String h : headers) req.append(h).append("\r\n");
        if (!method.equals("GET")) req.append("Content-Length: 0\r\n");
        req.append("\r\n");
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
            String all = new String(readAll(s.getInputStream()), StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String head = split < 0 ? all : all.substring(0, split);
            String body = split < 0 ? "" : all.substring(split + 4);
            int status = Integer.parseInt(head.split(" ")[1]);
            return new Answer(status, head, body);
        }
    }

    static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) != -1; ) out.write(buf, 0, n);
        } catch (SocketTimeoutException e) {
            throw new IOException("no answer in time: " + out.toString(StandardCharsets.UTF_8).toLowerCase(Locale.ROOT), e);
        }
        return out.toByteArray();
    }
}
