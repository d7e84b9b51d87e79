package org.herald.read;

/** A piece of input that could not be read: where it is and why. {@code line} is 1-based, 0 if unknown. */
public record InputError(String source, int line, String message) {
    @Override public String toString() {
        return line > 0 ? source + ":" + line + ": " + message : source + ": " + message;
    }
}
