package org.herald.actors;

/** What a dictionary phrase names. */
public enum EntryKind {
    /** A country's name: "Russia". */
    COUNTRY,
    /** An adjective or demonym: "Iranian", "Israelis". */
    ADJECTIVE,
    /** A capital used for its government: "Moscow said". */
    CAPITAL,
    /** A seat of government: "the Kremlin", "the White House". */
    SEAT,
    /** An intergovernmental organisation: "NATO". */
    IGO,
    /** A named person whose code depends on the date: "Vladimir Putin". */
    LEADER,
    /** A role word: "authorities", "foreign ministry", "protesters". */
    AGENT,
    /** A role written before the actor's code (PETRARCH's "NGO~" agents): "MSF Arnor" -> NGOARN. */
    PREFIX_AGENT,
    /** A relational noun whose owner is not its actor: "Iran's partners". */
    RELATIONAL
}
