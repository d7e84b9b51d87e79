/**
 * Follow mode ({@code herald watch}): directories polled for new article files, RSS and Atom feeds polled for new
 * article pages, fetched politely (robots.txt, a pace per host, retries with backoff, conditional GETs, size and time
 * limits) and remembered in the store across restarts.
 */
package org.herald.watch;
