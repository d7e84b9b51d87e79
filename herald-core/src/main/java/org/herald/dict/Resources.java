package org.herald.dict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text files shipped inside Herald's jars (dictionaries, SQL migrations, samples, the OpenAPI document). */
public final class Resources {
    private Resources() {}

    /** The UTF-8 text of a classpath resource; a missing one is a packaging error. */
    public static String text(String name) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing bundled resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
