/** Readers for the input formats (wire text, JSON Lines, plain text) and expansion of files, directories and globs. */
package org.herald.read;
