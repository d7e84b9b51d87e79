package org.herald.read;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.herald.model.Article;
import org.herald.read.html.WebPages;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC files (ISO 28500: web crawlers' archives, Common Crawl's CC-NEWS), plain or gzip-compressed, read as a stream
 * with jwarc: each HTTP response with status 200 and an HTML body is one article ({@link WebPages}: main text,
 * metadata date/title/site, WARC-Date when the page has no date, WARC-Target-URI as id). Other responses are
 * reported with the record's number and byte offset and why (not HTML, status 404, over the size limit); request,
 * metadata, warcinfo and revisit records are no pages and are passed over silently. A record that cannot be parsed
 * (a truncated or corrupt file) ends the file with an error naming its number and offset; what came before is kept.
 */
public final class WebArchiveReader {
    private final int maxHtmlBytes;
    private final WebPages pages;

    public WebArchiveReader(int maxHtmlBytes, WebPages pages) {
        if (maxHtmlBytes < 1) throw new IllegalArgumentException("the page limit must be positive, not " + maxHtmlBytes);
        this.maxHtmlBytes = maxHtmlBytes;
        this.pages = pages;
    }

    public WebArchiveReader() {
        this(WebPages.DEFAULT_MAX_HTML_BYTES, WebPages.standard());
    }

    /** True when the bytes start a WARC record ("WARC/1.0", "WARC/1.1"); gzip is looked into by the caller. */
    public static boolean looksLikeWarc(byte[] head, int length) {
        return length >= 5 && head[0] == 'W' && head[1] == 'A' && head[2] == 'R' && head[3] == 'C' && head[4] == '/';
    }

    /** Reads all records, collecting articles and errors. */
    public ReadResult read(String source, InputStream in) {
        List<Article> articles = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        read(source, in, articles::add, errors::add);
        return new ReadResult(articles, errors);
    }

    /**
     * Streams the records to {@code articles} and {@code errors} as they are read, holding one page at a time: for
     * archives of any size (a CC-NEWS file is about 1 GB). The stream is not closed.
     */
    public void read(String source, InputStream in, Consumer<Article> articles, Consumer<InputError> errors) {
        WarcReader warc;
        try {
            warc = new WarcReader(in);
        } catch (IOException | IllegalArgumentException e) {
            errors.accept(new InputError(source, 0, "not a WARC file: " + message(e)));
            return;
        }
        long number = 0;
        long offset = 0;
        while (true) {
            number++;
            Optional<WarcRecord> next;
            try {
                next = warc.next();
            } catch (IOException | RuntimeException e) {
                long failedAt = warc.position(); // where jwarc began the record it could not read, when it got that far
                String at = failedAt > offset || number == 1 ? "record " + number + " at byte offset " + Math.max(failedAt, 0) + ": "
                        : "record " + number + " (after the record at byte offset " + offset + "): ";
                errors.accept(new InputError(source, 0, at + "not a readable WARC record (" + message(e)
                        + "): the file is truncated or corrupt here; the records before it were read"));
                return;
            }
            if (next.isEmpty()) return;
            offset = warc.position();
            WarcRecord record = next.get();
            if (!(record instanceof WarcResponse response)) continue;
            String url;
            try {
                url = response.target();
            } catch (RuntimeException e) { // two WARC-Target-URI headers, or none (found by fuzzing)
                errors.accept(new InputError(source, 0, where(number, offset, null) + "no single WARC-Target-URI (" + message(e) + ")"));
                continue;
            }
            try {
                WebPages.Outcome o = page(response, url);
                if (o instanceof WebPages.Read r) articles.accept(r.article());
                else errors.accept(new InputError(source, 0, where(number, offset, url) + ((WebPages.Refused) o).reason()));
            } catch (IOException | RuntimeException e) {
                errors.accept(new InputError(source, 0, where(number, offset, url) + "cannot read the record (" + message(e)
                        + "): the file is truncated or corrupt here; the records before it were read"));
                return;
            }
        }
    }

    private WebPages.Outcome page(WarcResponse response, String url) throws IOException {
        if (!response.contentType().base().toString().equalsIgnoreCase("application/http")) {
            return new WebPages.Refused("not an HTTP response (" + response.contentType() + ")");
        }
        HttpResponse http = response.http();
        if (http.status() != 200) return new WebPages.Refused("HTTP status " + http.status() + (http.reason() == null ? "" : " " + http.reason().strip()) + ", not 200");
        MediaType type = http.contentType();
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
            return new WebPages.Refused("not HTML (" + type.base() + ")");
        }
        byte[] html = capped(http.bodyDecoded().stream());
        if (html == null) return new WebPages.Refused("a page of more than " + maxHtmlBytes + " bytes, over the limit");
        Optional<LocalDate> captured;
        try {
            captured = Optional.ofNullable(response.date()).map(d -> d.atOffset(ZoneOffset.UTC).toLocalDate());
        } catch (RuntimeException e) {
            captured = Optional.empty(); // a missing or malformed WARC-Date: the page's own date must do
        }
        Optional<String> charset = Optional.ofNullable(type.parameters().get("charset"));
        return pages.read(url, html, charset, captured, "WARC-Date");
    }

    /** At most maxHtmlBytes bytes, or null when there are more (the rest is skipped by the reader, never held). */
    private byte[] capped(InputStream body) throws IOException {
        byte[] b = body.readNBytes(maxHtmlBytes + 1);
        return b.length > maxHtmlBytes ? null : b;
    }

    private static String where(long number, long offset, String url) {
        return "record " + number + " at byte offset " + offset + (url == null ? "" : " (" + url + ")") + ": ";
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
