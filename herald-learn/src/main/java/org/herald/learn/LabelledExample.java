package org.herald.learn;

/**
 * One labelled text for the event-type model: {@code type} is a PLOVER type, or {@link #NO_EVENT} for a story with
 * no political event; {@code origin} says where it came from (file:line).
 */
public record LabelledExample(String id, String text, String type, String origin) {
    public static final String NO_EVENT = "NONE";

    public boolean noEvent() { return NO_EVENT.equals(type); }
}
