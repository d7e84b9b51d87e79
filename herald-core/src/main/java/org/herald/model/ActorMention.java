package org.herald.model;

/** An actor named in a sentence: its code (empty for an unknown person or organisation), words, and how it was resolved. */
public record ActorMention(String articleId, int sentence, int head, String code, String text, String how) {}
