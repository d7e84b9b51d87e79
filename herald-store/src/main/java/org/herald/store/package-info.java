/**
 * The event store: an embedded DuckDB database of articles, sentences, actor mentions, events and event mentions,
 * with transactional idempotent ingest, versioned migrations, the queries behind the API, and exports.
 */
package org.herald.store;
