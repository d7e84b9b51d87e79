/**
 * News web pages to articles: the page's main text without navigation, banners and link lists (Mozilla's
 * Readability, through readability4j, after Herald's own boilerplate rules), and its date, title and source from
 * the page's metadata. Used by the WARC reader and by {@code herald watch --feed}.
 */
package org.herald.read.html;
