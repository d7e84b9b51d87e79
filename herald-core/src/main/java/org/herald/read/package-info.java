/**
 * Readers for the input formats (wire text, JSON Lines, plain text, WARC web archives) and expansion of files,
 * directories and globs. Web pages' main text and metadata are read by {@link org.herald.read.html}.
 */
package org.herald.read;
