package org.herald.dict;

/** A dictionary or code table that cannot be loaded; the message names the file and line. */
public final class DictionaryException extends RuntimeException {
    private final String file;
    private final int line;

    public DictionaryException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    public String file() { return file; }
    public int line() { return line; }
}
