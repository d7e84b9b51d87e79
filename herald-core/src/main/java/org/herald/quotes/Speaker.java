package org.herald.quotes;

/** Who said something: actor code ("" when unknown or without a code), words, how found, and the head token in its sentence (-1 when inherited). */
public record Speaker(String code, String text, String how, int head) {
    Speaker withText(String t, int h) { return new Speaker(code, t, how, h); }
}
