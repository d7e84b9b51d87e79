package org.herald.server;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/** The API's one JSON mapper: what every answer is written with, and how a posted body is read. */
final class ApiJson {
    // Records (actor counts, dyad points, edges) go out in the same snake_case as the event fields; < > & ' are
    // written as \\u escapes so that no answer can be mistaken for markup. A posted body is one JSON value: anything
    // after it (a second article, stray text) is an error, not silently dropped.
    static final ObjectMapper MAPPER = new ObjectMapper(new JsonFactoryBuilder().characterEscapes(new HtmlSafeEscapes()).build())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ApiJson() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** JSON's own escapes plus < > & ' as \\u escapes. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        HtmlSafeEscapes() {
            for (char c : new char[] {'<', '>', '&', '\''}) ascii[c] = ESCAPE_STANDARD;
        }

        @Override public int[] getEscapeCodesForAscii() { return ascii; }

        @Override public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) { return null; }
    }
}
