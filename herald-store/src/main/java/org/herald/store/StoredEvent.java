package org.herald.store;

import org.herald.model.Event;

/** An event as stored, with its id in the store. */
public record StoredEvent(long id, Event event) {}
