package org.herald.read;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Small WARC files for tests, written with jwarc's writer as a crawler would write them. */
public final class TestWarcs implements AutoCloseable {
    /** A news page with everything a real one has around its story: nav, cookie banner, related links, footer. */
    public static final String BOILERPLATE_PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8">
            <title>Ministers meet in Geneva | Example News</title>
            <meta property="og:title" content="Ministers meet in Geneva">
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2026-03-02T23:15:00-05:00">
            <link rel="stylesheet" href="/site.css"><script>window.analytics = {};</script>
            </head><body class="has-cookie-banner">
            <header class="masthead"><a href="/">Example News</a> <span>Tuesday 3 March 2026</span></header>
            <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
            <div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience on our site. By continuing to browse
            you accept our use of cookies as described in our privacy policy, which explains how we store and process data.</p><button>Accept all</button></div>
            <main><article>
            <h1>Ministers meet in Geneva</h1>
            <p class="byline">By Jane Roe, diplomatic correspondent</p>
            <p>Foreign ministers of Iran and Russia met in Geneva on Monday to discuss the nuclear agreement, officials from both governments said.</p>
            <p>The talks lasted four hours and ended with a joint statement that called for a further round of negotiations next month.</p>
            <p>Iran's foreign minister told reporters that the meeting had been constructive and that both delegations would meet again in Vienna.</p>
            </article>
            <div class="more-stories"><h3>More from World</h3><ul>
            <li><a href="/w/1">Sanctions debate continues in Brussels</a></li><li><a href="/w/2">Floods close roads across the north</a></li>
            <li><a href="/w/3">Election results delayed again</a></li><li><a href="/w/4">Talks on trade resume</a></li></ul></div>
            <aside class="related-links"><h2>Related</h2><ul><li><a href="/r/1">Who are Iran's negotiators?</a></li>
            <li><a href="/r/2">A timeline of the nuclear talks</a></li><li><a href="/r/3">Analysis: what Moscow wants</a></li></ul></aside>
            </main>
            <div class="newsletter-signup"><p>Sign up to our daily newsletter for the biggest stories of the day, delivered to your inbox every morning before breakfast.</p></div>
            <footer><p>© 2026 Example News. All rights reserved.</p><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/terms">Terms</a></li></ul></footer>
            </body></html>
            """;

    /** Its story, as Herald must read it: the three paragraphs, nothing else. */
    public static final String BOILERPLATE_BODY = """
            Foreign ministers of Iran and Russia met in Geneva on Monday to discuss the nuclear agreement, officials from both governments said.

            The talks lasted four hours and ended with a joint statement that called for a further round of negotiations next month.

            Iran's foreign minister told reporters that the meeting had been constructive and that both delegations would meet again in Vienna.""";

    /** A page with no date anywhere in its markup. */
    public static final String UNDATED_PAGE = """
            <html><head><title>Protesters gather outside parliament</title></head><body>
            <div class="story"><p>Thousands of protesters gathered outside the parliament in Nairobi on Tuesday to oppose the new finance bill, witnesses said.</p>
            <p>Police fired tear gas to disperse the crowd after some demonstrators tried to break through the barricades around the building.</p></div>
            </body></html>
            """;

    private final WarcWriter writer;
    private final FileChannel channel;

    public TestWarcs(Path file, boolean gzip) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        writer = new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    public TestWarcs info() throws IOException {
        writer.write(new Warcinfo.Builder().fields(java.util.Map.of("software", java.util.List.of("herald tests"))).build());
        return this;
    }

    public TestWarcs response(String url, Instant date, int status, String contentType, String body) throws IOException {
        return response(url, date, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public TestWarcs response(String url, Instant date, int status, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : status == 404 ? "Not Found" : "Error")
                .body(MediaType.parse(contentType), body).build();
        writer.write(new WarcResponse.Builder(URI.create(url)).date(date).body(http).build());
        return this;
    }

    /** A response whose HTML body is {@code size} bytes made on the fly (never held in memory here either). */
    public TestWarcs hugeResponse(String url, Instant date, long size) throws IOException {
        ReadableByteChannel filler = new ReadableByteChannel() {
            long left = size;
            @Override public int read(ByteBuffer dst) {
                if (left == 0) return -1;
                int n = (int) Math.min(dst.remaining(), left);
                for (int i = 0; i < n; i++) dst.put((byte) 'x');
                left -= n;
                return n;
            }
            @Override public boolean isOpen() { return true; }
            @Override public void close() {}
        };
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, filler, size).build();
        writer.write(new WarcResponse.Builder(URI.create(url)).date(date).body(http).build());
        return this;
    }

    public long position() {
        return writer.position();
    }

    @Override
    public void close() throws IOException {
        writer.close();
        channel.close();
    }
}
