package org.herald.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herald.dict.DictionaryException;

/**
 * The labelled examples the model learns from: Herald's own bank (herald/model/examples/TYPE.jsonl, written by us:
 * at least 40 per PLOVER type and 400 stories without a political event) and a user's files in the dev-set format
 * ({"id", "text", "plover"} with "plover": null for no event; e.g. an ACLED export mapped to PLOVER types).
 */
public final class ExampleBank {
    /** The 16 PLOVER event types. */
    public static final List<String> TYPES = List.of("ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
            "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile List<LabelledExample> shipped;

    private ExampleBank() {}

    /** Herald's own bank, read once per process. */
    public static List<LabelledExample> shipped() {
        if (shipped == null) {
            List<LabelledExample> out = new ArrayList<>();
            List<String> files = new ArrayList<>(TYPES);
            files.add(LabelledExample.NO_EVENT);
            for (String f : files) {
                String resource = "herald/model/examples/" + f + ".jsonl";
                try (InputStream in = ExampleBank.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) throw new IllegalStateException("missing resource " + resource);
                    out.addAll(read(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            shipped = List.copyOf(out);
        }
        return shipped;
    }

    /** A user's labelled file (dev-set format); errors name the file and line. */
    public static List<LabelledExample> file(Path path) {
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(path.toString(), r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    static List<LabelledExample> read(String name, BufferedReader r) throws IOException {
        List<LabelledExample> out = new ArrayList<>();
        Set<String> types = Set.copyOf(TYPES);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) continue;
            JsonNode o;
            try {
                o = JSON.readTree(line);
            } catch (IOException e) {
                throw new DictionaryException(name, n, "not JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
            }
            JsonNode text = o.get("text"), plover = o.get("plover");
            if (text == null || !text.isTextual() || text.asText().isBlank()) throw new DictionaryException(name, n, "no \"text\" string");
            if (plover == null) throw new DictionaryException(name, n, "no \"plover\" field (a PLOVER type, or null for no event)");
            String type;
            if (plover.isNull()) {
                type = LabelledExample.NO_EVENT;
            } else if (plover.isTextual() && types.contains(plover.asText())) {
                type = plover.asText();
            } else {
                throw new DictionaryException(name, n, "\"plover\" must be one of " + TYPES + " or null, not " + plover);
            }
            String id = o.hasNonNull("id") ? o.get("id").asText() : name + ":" + n;
            out.add(new LabelledExample(id, text.asText(), type, name + ":" + n));
        }
        return out;
    }
}
