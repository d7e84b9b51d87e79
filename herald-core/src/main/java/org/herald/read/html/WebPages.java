package org.herald.read.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.model.Article;
import org.herald.read.Utf8;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One fetched or archived web page to one article: decoded strictly in its declared charset (UTF-8 by default, and
 * then with {@link Utf8}'s rules: bad bytes refuse the page, never become replacement characters), its main text
 * ({@link MainText}), its date, title and source from its metadata ({@link PageMetadata}). The URL is the
 * article's id. Never throws on bad content: a page that gives no article is {@link Refused} with the reason.
 */
public final class WebPages {
    /** The largest page read by default: news pages run to a few hundred kilobytes, scripts and all. */
    public static final int DEFAULT_MAX_HTML_BYTES = 5 << 20;

    /**
     * The deepest markup read: real pages nest a few dozen elements deep; far deeper nesting is made to hurt parsers
     * (Readability walks the tree recursively and would overflow the stack).
     */
    public static final int MAX_DEPTH = 512;

    /** What came of one page. */
    public sealed interface Outcome permits Read, Refused {}

    /** The article, and which metadata gave its date ("meta article:published_time", or the fallback's name). */
    public record Read(Article article, String dateFrom) implements Outcome {}

    public record Refused(String reason) implements Outcome {}

    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");

    private final MainText mainText;
    private final PageMetadata metadata;

    public WebPages(MainText mainText, PageMetadata metadata) {
        this.mainText = mainText;
        this.metadata = metadata;
    }

    private static volatile WebPages standard;

    public static WebPages standard() {
        WebPages s = standard;
        if (s == null) standard = s = new WebPages(MainText.standard(), PageMetadata.standard());
        return s;
    }

    /**
     * Reads a page. {@code charset} is what the HTTP header declared, if anything; {@code fallbackDate} (a capture
     * date, named {@code fallbackName}) dates a page whose metadata has no date.
     */
    public Outcome read(String url, byte[] html, Optional<String> charset, Optional<LocalDate> fallbackDate, String fallbackName) {
        String text;
        try {
            text = decode(html, charset.or(() -> sniffCharset(html)));
        } catch (IllegalArgumentException e) {
            return new Refused(e.getMessage());
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.indexOf('\u0000') >= 0) return new Refused("binary data (a NUL byte), not a web page");
        Document doc = Jsoup.parse(text, url);
        int depth = depth(doc);
        if (depth > MAX_DEPTH) return new Refused("markup nested " + depth + " elements deep, beyond the limit of " + MAX_DEPTH);
        PageMetadata.Found found = metadata.read(doc, url);
        String title = clean(found.title());
        List<String> paragraphs = mainText.paragraphs(doc, url, title);
        String body = clean(String.join("\n\n", paragraphs));
        if (body.isBlank()) return new Refused("no article text found on the page");
        LocalDate date;
        String dateFrom;
        if (found.date().isPresent()) {
            date = found.date().get();
            dateFrom = found.dateFrom();
        } else if (fallbackDate.isPresent()) {
            date = fallbackDate.get();
            dateFrom = fallbackName;
        } else {
            return new Refused("the page gives no date (no article:published_time, JSON-LD datePublished or <time>) and there is no capture date");
        }
        return new Read(new Article(url, date, clean(found.site()), title, body), dateFrom);
    }

    /** The depth of the deepest element, in one pass (parents come before their children). */
    static int depth(Document doc) {
        java.util.Map<org.jsoup.nodes.Element, Integer> depths = new java.util.HashMap<>();
        int max = 0;
        for (org.jsoup.nodes.Element e : doc.getAllElements()) {
            int d = e.parent() == null ? 0 : depths.getOrDefault(e.parent(), 0) + 1;
            depths.put(e, d);
            max = Math.max(max, d);
        }
        return max;
    }

    private static String clean(String s) {
        return CONTROL.matcher(s).replaceAll(" ");
    }

    /** The charset a page's own meta element declares, from its first 4 KiB read as ASCII. */
    static Optional<String> sniffCharset(byte[] html) {
        String head = new String(html, 0, Math.min(html.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * Strict decoding: UTF-8 by {@link Utf8}; a declared other charset with errors reported, never replaced. Throws
     * IllegalArgumentException with the reason (the first bad byte's offset for UTF-8).
     */
    public static String decode(byte[] bytes, Optional<String> charsetName) {
        Charset cs = StandardCharsets.UTF_8;
        if (charsetName.isPresent()) {
            String name = charsetName.get().strip().toLowerCase(Locale.ROOT);
            // Browsers read a page labelled Latin-1 (or US-ASCII) as Windows-1252 (WHATWG Encoding); so does Herald.
            if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) name = "windows-1252";
            try {
                cs = Charset.forName(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown charset '" + charsetName.get() + "'");
            }
        }
        if (cs.equals(StandardCharsets.UTF_8)) {
            Utf8.Decoded d = Utf8.decode(bytes);
            if (!d.ok()) {
                throw new IllegalArgumentException(String.format("not UTF-8 text (byte 0x%02X at byte offset %d of the page)", bytes[d.badOffset()] & 0xFF, d.badOffset()));
            }
            return d.text();
        }
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not " + cs.name() + " text as the page declares");
        }
    }
}
