package org.herald.model;

import java.util.regex.Matcher;

/**
 * Who reports an event, as {@link Event#attributedTo()} writes it: the speaker's actor code and words
 * ("RUSGOV (a Kremlin statement)"), the code alone, or the words alone when the speaker has no code ("a witness").
 * The one place that writes and reads that form, so the coder, the quote stage and the actor rules agree on it.
 *
 * @param code the speaker's actor code, "" when none was found
 * @param text the speaker's words in the story, "" when only the code is known
 */
public record Attribution(String code, String text) {
    public static final Attribution NONE = new Attribution("", "");

    /** A code is upper-case letters and digits (CAMEO actor codes); anything else in front of " (" is words. */
    private static final java.util.regex.Pattern CODED = java.util.regex.Pattern.compile("([A-Z0-9]{3,}) \\((.*)\\)", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z0-9]{3,}");

    public Attribution {
        code = code == null ? "" : code;
        text = text == null ? "" : text;
    }

    /** Reads {@link Event#attributedTo()}; "" is {@link #NONE}. */
    public static Attribution parse(String attributedTo) {
        if (attributedTo == null || attributedTo.isEmpty()) return NONE;
        Matcher m = CODED.matcher(attributedTo);
        if (m.matches()) return new Attribution(m.group(1), m.group(2));
        return CODE.matcher(attributedTo).matches() ? new Attribution(attributedTo, "") : new Attribution("", attributedTo);
    }

    public boolean isEmpty() {
        return code.isEmpty() && text.isEmpty();
    }

    /** The form {@link Event#attributedTo()} stores: "CODE (words)", "CODE" or "words". */
    @Override
    public String toString() {
        if (code.isEmpty()) return text;
        return text.isEmpty() ? code : code + " (" + text + ")";
    }
}
