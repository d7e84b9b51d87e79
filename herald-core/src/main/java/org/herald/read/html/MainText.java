package org.herald.read.html;

import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The story's paragraphs on a page: Herald's boilerplate rules remove what is plainly not the story (navigation,
 * banners, link lists), then Readability (Mozilla's reader-view algorithm, readability4j's port) picks the block of
 * prose with the best score, and its paragraphs, list items and quotes are the text, one per paragraph.
 */
public final class MainText {
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd";

    private final BoilerplateRules rules;

    public MainText(BoilerplateRules rules) { this.rules = rules; }

    public static MainText standard() { return new MainText(BoilerplateRules.standard()); }

    /** The paragraphs of the page's main text (empty when it has none); the page itself is left as it was. */
    public List<String> paragraphs(Document page, String url, String title) {
        Document doc = page.clone();
        rules.strip(doc);
        Element content = null;
        try {
            content = new Readability4J(url, doc).parse().getArticleContent();
        } catch (RuntimeException | StackOverflowError e) {
            // Readability gives up on some odd pages (no body, frames) and recurses down the tree (WebPages caps the
            // depth, this is the last guard): the stripped body is the best left
        }
        if (content == null) content = doc.body();
        if (content == null) return List.of();
        List<String> out = new ArrayList<>();
        List<Element> blocks = content.select(BLOCKS);
        // A block with a block inside speaks through its inner blocks; marking each block's ancestors once is linear.
        java.util.Set<Element> holdsBlock = new java.util.HashSet<>();
        for (Element b : blocks) {
            for (Element up = b.parent(); up != null && up != content && holdsBlock.add(up); up = up.parent()) {
                // marked once each
            }
        }
        for (Element b : blocks) {
            if (!holdsBlock.contains(b)) add(out, b.text(), title);
        }
        if (out.isEmpty()) add(out, content.text(), title);
        return out;
    }

    private static void add(List<String> out, String text, String title) {
        String t = text.replaceAll("[\\s\\u00A0]+", " ").strip();
        if (t.isEmpty() || t.equals(title.strip())) return;
        if (!out.isEmpty() && out.get(out.size() - 1).equals(t)) return;
        out.add(t);
    }
}
